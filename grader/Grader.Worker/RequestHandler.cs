using Grader.Protocol;

namespace Grader.Worker;

/// <summary>One request, start to finish: compile → policy → run, each step reported as it
/// completes. Expected failures end the request early with their event; they are not exceptions.</summary>
internal sealed class RequestHandler(EventChannel channel)
{
    public void Handle(WorkerRequest request)
    {
        if (request.Kind == RequestKind.Discover) { Discover(request); return; }

        var compiled = SubmissionCompiler.Compile(request.AssemblyName, request.Sources);
        channel.Send(new WorkerEvent { Type = EventType.Compiled, Diagnostics = compiled.Diagnostics });
        if (!compiled.Succeeded) return;

        var violations = PolicyChecker.Check(compiled.Compilation, request.Policy);
        channel.Send(new WorkerEvent { Type = EventType.Policy, Violations = violations });
        if (violations.Count > 0) return;

        var context = new SubmissionLoadContext(request.AssemblyName, compiled.Image, compiled.Pdb, request.TestsDirectory);
        try
        {
            var tests = context.LoadFromAssemblyName(new System.Reflection.AssemblyName(request.TestsAssembly));
            var translator = new FeedbackTranslator(compiled.Compilation, request.AssemblyName);
            TestRun.Run(tests, new StreamingListener(channel, translator, request.OutputCapBytes), request.SkipTests.ToHashSet());
        }
        finally
        {
            context.Unload();
        }
    }

    private void Discover(WorkerRequest request)
    {
        var context = new SubmissionLoadContext(request.AssemblyName, null, null, request.TestsDirectory);
        try
        {
            var tests = context.LoadFromAssemblyName(new System.Reflection.AssemblyName(request.TestsAssembly));
            var root = TestRun.Load(tests);
            channel.Send(new WorkerEvent { Type = EventType.Discovered, Tests = TestCatalog.All(root) });
        }
        finally
        {
            context.Unload();
        }
    }
}

using NUnit.Framework.Interfaces;
using Calculus.TestSupport;
using Grader.Protocol;
using Grader.Protocol.Figures;
using TestStatus = Grader.Protocol.TestStatus;

namespace Grader.Worker.Run;

/// <summary>Sends each test's start and end to the supervisor as it happens, so a test that
/// never ends is known by name when the supervisor kills the worker. Events are synchronous:
/// these callbacks run on the test thread, just before and after the test.</summary>
internal sealed class StreamingListener(EventChannel channel, FeedbackTranslator translator, int outputCapChars) : ITestListener
{
    private CappedWriter? _output;
    private TimeSpan _cpuAtStart;
    private int _figuresLeft = FigureBounds.FiguresPerSubmission;
    private int _pointsLeft = FigureBounds.PointsPerSubmission;

    public void TestStarted(ITest test)
    {
        if (test.IsSuite) return;
        channel.Send(new WorkerEvent { Type = EventType.TestStarted, Test = TestCatalog.Describe(test) });
        // NUnit installs its own unbounded capture for the run; this bounded one replaces it per test.
        _output = new CappedWriter(outputCapChars);
        Console.SetOut(_output);
        _cpuAtStart = Environment.CpuUsage.TotalTime;
    }

    public void TestFinished(ITestResult result)
    {
        if (result.Test.IsSuite) return;
        var status = result.ResultState.Status switch
        {
            NUnit.Framework.Interfaces.TestStatus.Passed or NUnit.Framework.Interfaces.TestStatus.Warning => TestStatus.Passed,
            NUnit.Framework.Interfaces.TestStatus.Skipped => TestStatus.NotRun,
            _ when result.ResultState.Label is "Error" or "Invalid" => TestStatus.Error,
            _ => TestStatus.Failed,
        };
        var (feedbackId, message) = status switch
        {
            TestStatus.Passed => (FeedbackIds.Test.Passed, (string?)null),
            TestStatus.NotRun => (FeedbackIds.Test.NotRun, result.Message),
            // A student's exception message can be megabytes long: only its head is ever shown.
            _ => translator.Translate(ReportBounds.Cap(result.Message, 4 * ReportBounds.MessageChars), result.StackTrace, status == TestStatus.Error),
        };
        if (feedbackId is FeedbackIds.Test.NotImplemented or FeedbackIds.Test.SignatureMismatch or FeedbackIds.Test.CompileError or FeedbackIds.Test.PolicyViolation) status = TestStatus.Failed;
        var output = _output?.TakeText();
        channel.Send(new WorkerEvent
        {
            Type = EventType.TestFinished,
            Test = TestCatalog.Describe(result.Test),
            Outcome = new TestOutcome
            {
                Status = status,
                FeedbackId = feedbackId,
                Message = ReportBounds.Cap(translator.Scrub(message), ReportBounds.MessageChars),
                Output = translator.Scrub(output),
                DurationMs = Math.Round(result.Duration * 1000, 1),
                CpuMs = Math.Round((Environment.CpuUsage.TotalTime - _cpuAtStart).TotalMilliseconds, 1),
                Figures = Figures(result.Test),
            },
        });
    }

    /// <summary>The figures the test recorded, bounded here so nothing large crosses the pipe.</summary>
    private List<Figure>? Figures(ITest test)
    {
        if (!test.Properties.ContainsKey(PropertyNames.Figure)) return null;
        var read = test.Properties[PropertyNames.Figure].OfType<string>().Where(j => j.Length <= FigureBounds.JsonChars).Take(FigureBounds.FiguresPerTest).Select(FigureJson.TryRead).OfType<Figure>();
        var kept = FigureBounds.Take(read, ref _figuresLeft, ref _pointsLeft);
        return kept.Count == 0 ? null : kept;
    }

    public void TestOutput(TestOutput output) { }

    public void SendMessage(TestMessage message) { }
}

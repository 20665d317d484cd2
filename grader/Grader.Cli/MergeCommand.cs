using System.CommandLine;
using Grader.Batch;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli;

/// <summary>`merge --out &lt;folder&gt; &lt;shard-out&gt;...`: joins the reports of several batch runs
/// (shards) into one folder and writes the gradebook and reports over all of them.</summary>
internal static class MergeCommand
{
    public static Command Create(Option<string?> course)
    {
        var inputs = new Argument<string[]>("shards") { Description = "Output folders of the shard runs.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged reports/, gradebook.csv, summaries and report.html.", Required = true };
        var adjustments = new Option<string?>("--adjustments") { Description = $"Hand adjustments applied on top (as for batch); default: <out>/{AdjustmentsFile.DefaultName} if it exists." };
        var times = new Option<string?>("--submitted-at") { Description = "A roster CSV (student, submitted_at) for the late policy in grader.json (the shards' git times are not at hand here)." };
        var command = new Command("merge", "Join the results of sharded batch runs into one gradebook.") { inputs, output, adjustments, times };
        command.SetAction(result =>
        {
            var outDir = OutputPath.Folder(result.GetValue(output)!, "--out");
            var store = new ReportStore(outDir);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            string? module = null;
            var shards = new List<(string, ShardRecord)>();
            foreach (var input in result.GetValue(inputs)!)
            {
                var (record, problem) = ShardRecord.Read(Path.GetFullPath(input));
                if (record is null) throw GraderException.BadInput($"{input} {problem}.");
                shards.Add((input, record));
            }
            if (ShardRecord.Incomplete(shards) is { } incomplete) throw GraderException.BadInput(incomplete);
            foreach (var input in result.GetValue(inputs)!)
            {
                var source = new ReportStore(Path.GetFullPath(input));
                if (!Directory.Exists(source.Directory)) { Console.Error.WriteLine($"error: {input} has no reports/ folder; is it the --out of a batch run?"); return ExitCodes.BadInput; }
                foreach (var report in source.ReadEach())
                {
                    if (seen.TryGetValue(report.Submission, out var other) && other != input)
                    {
                        Console.Error.WriteLine($"error: submission '{report.Submission}' was graded in both {other} and {input}; shards must not overlap.");
                        return ExitCodes.BadInput;
                    }
                    if ((module ??= report.Module) != report.Module)
                    {
                        Console.Error.WriteLine($"error: the shards grade different modules ({module} and {report.Module} in {input}).");
                        return ExitCodes.BadInput;
                    }
                    seen[report.Submission] = input;
                    store.Write(report.Submission, report);
                }
            }
            // Titles of the module's catalogued mistakes, when the course is at hand (merge runs anywhere).
            using var host = GraderHost.Build(result.GetValue(course));
            var layout = GraderHost.LayoutIfAny(host);
            var titles = layout is not null && module is not null ? Modules.MistakeCatalog.Titles(layout, module) : new Dictionary<string, string>();
            // Adjustments and the late policy apply to the merged class as to one batch run.
            var items = seen.Keys.Select(id => new BatchItem(id, "")).ToList();
            var config = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
            var tasks = store.ReadEach().SelectMany(r => r.Tasks.Select(t => t.Id)).Distinct().ToList();
            var overlay = ClassOverlay.Build(config, tasks, items, store, result.GetValue(adjustments) ?? ClassOverlay.DefaultAdjustments(outDir), result.GetValue(times));
            var summary = BatchOutputs.Write(outDir, store.ReadEach().Select(overlay.Apply), titles);
            Console.WriteLine($"merged {summary.Submissions} submissions from {shards.Count} shards into {outDir}");
            foreach (var w in summary.Warnings) Console.Error.WriteLine("warning: " + w);
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Grader.Batch;
using Grader.Exporters;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>`batch &lt;module&gt; --submissions &lt;folder|zip&gt; --out &lt;folder&gt;`: grades every
/// submission, resumably, then writes the gradebook, the summaries and the HTML report. Reports
/// graded with another fingerprint (or all, with --regrade) are graded again, the old ones kept
/// under history/ and compared in changes.md and changes.csv.</summary>
internal static class BatchCommand
{
    public static Command Create(Option<string?> course)
    {
        var module = new Argument<string>("module") { Description = "Module slug (or a unique prefix)." };
        var submissions = new Option<string>("--submissions") { Description = "A folder with one sub-folder per submission (e.g. GitHub Classroom's download), or a .zip of such folders.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder for reports/, gradebook.csv, summary.json, summary.md, report.html. Re-running resumes.", Required = true };
        var parallel = new Option<int?>("--parallel", "-j") { Description = "Submissions graded at once (default: Batch:Parallelism from grader.json / GRADER_BATCH__PARALLELISM, else the core count)." };
        var shard = new Option<string?>("--shard") { Description = "Grade only shard i of n (i/n, 1-based), for splitting a batch across machines; join with `merge`." };
        var formats = new Option<string[]>("--format", "-f") { Description = "Also write each submission's report in these formats under <out>/<format>/.", AllowMultipleArgumentsPerToken = true };
        formats.AcceptOnlyFromAmong(ReportFormats.Names);
        var adjustments = new Option<string?>("--adjustments") { Description = $"A CSV of hand adjustments (student,target,points,override,comment,who; target: total, a task id or a test name), applied on top of the grades in every output; default: <out>/{AdjustmentsFile.DefaultName} if it exists. The grader never writes it." };
        var times = new Option<string?>("--submitted-at") { Description = "A roster CSV with student and submitted_at columns, for the late policy (grader.json \"Late\"); without it, a submission folder that is a git repository counts its last commit's time." };
        var regrade = new Option<bool>("--regrade") { Description = "Grade every submission again, not only those missing a report or graded with another fingerprint (hidden tests, manifest, quiz key, limits or grader changed). Previous reports are kept under <out>/history/." };

        var command = new Command("batch", "Grade a folder or zip of submissions; resumable; writes a gradebook and reports.")
            { module, submissions, output, parallel, shard, formats, regrade, adjustments, times };
        command.SetAction(async (result, ct) =>
        {
            using var host = GraderHost.Build(result.GetValue(course));
            var config = host.Services.GetRequiredService<IConfiguration>();
            var found = GraderHost.Module(host, result.GetValue(module)!);

            var selected = Shard.All;
            if (result.GetValue(shard) is { } shardText && !Shard.TryParse(shardText, out selected, out var shardError))
                throw GraderException.BadInput(shardError!);
            var jobs = result.GetValue(parallel) ?? config.GetValue("Batch:Parallelism", Environment.ProcessorCount);
            if (jobs < 1) throw GraderException.BadInput("--parallel must be at least 1.");

            var outDir = OutputPath.Folder(result.GetValue(output)!, "--out");
            var source = Path.GetFullPath(result.GetValue(submissions)!);
            var (items, sourceError, sourceRoot, sourceNotes) = SubmissionSource.Find(source, outDir);
            if (sourceError is not null) throw GraderException.BadInput(sourceError);
            if (items.Count == 0) throw GraderException.BadInput($"no submissions found in {result.GetValue(submissions)} (expected one sub-folder per submission, or an LMS's download of all submissions).");
            foreach (var note in sourceNotes) Console.Error.WriteLine("note: " + note);
            var wrapper = Path.GetRelativePath(Directory.Exists(source) ? source : Path.Combine(outDir, "extracted"), sourceRoot);
            if (wrapper != ".")
                Console.Error.WriteLine($"note: {result.GetValue(submissions)} holds one folder, {wrapper.Replace(Path.DirectorySeparatorChar, '/')}/; its {items.Count} sub-folders are the submissions.");

            if (Modules.StarterManifest.Problems(found) is { Count: > 0 } starter)
                Console.Error.WriteLine($"warning: {string.Join("; ", starter)}: a submission that lacks a file cannot be graded with the starter in its place (it is refused); restore the assignment folder with git checkout.");
            var store = new ReportStore(outDir);
            // A shard that no submission falls into still has its (empty) reports, so merge can count it.
            Directory.CreateDirectory(store.Directory);
            var options = new BatchOptions
            {
                Parallelism = jobs, Shard = selected, Regrade = result.GetValue(regrade),
                Fingerprint = Modules.ModuleFingerprint.Of(Modules.ModuleFingerprint.Parts(found)),
            };
            var progress = new ConsoleBatchProgress();
            var runner = new BatchRunner(found, options, store, progress);
            // Present only while the run is finished: merge refuses a shard whose run did not finish.
            ShardRecord.Remove(outDir);
            try
            {
                var run = await progress.RunAsync(() => runner.RunAsync(items, ct));
                // Unsharded, the run is shard 1 of 1: merge takes it alone (to join adjustments, say).
                new ShardRecord { Module = found.Slug, Index = selected.Index, Count = selected.Count, Submissions = run.InScope }.Write(outDir);
                var overlay = ClassOverlay.Build(config, found.Manifest.Tasks.Select(t => t.Id), items, store, result.GetValue(adjustments) ?? ClassOverlay.DefaultAdjustments(outDir), result.GetValue(times));
                var summary = BatchOutputs.Write(outDir, store.ReadEach().Select(overlay.Apply), Modules.MistakeCatalog.Titles(found.Layout, found.Slug), result.GetValue(formats) ?? []);
                var failures = ReportWriter.ForBatch(store.ReadEach().Select(overlay.Apply), result.GetValue(formats) ?? [], outDir, ReportStore.SafeName);
                foreach (var f in failures.Take(10)) Console.Error.WriteLine("error: " + f);
                var console = Terminal.Out();
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{found.Slug}: {summary.Submissions} submissions graded (now {run.GradedNow}, before {run.AlreadyDone}){(selected.Count > 1 ? $", shard {selected}" : "")} in {run.Elapsed.TotalSeconds:0.0} s; " +
                    $"mean {summary.Mean:0.##}/{summary.MaxScore:0.##}, full marks {summary.FullMarks}."));
                if (console.IsStyled()) console.Write(BatchTable.Of(summary));
                Console.WriteLine($"  {Path.Combine(outDir, "gradebook.csv")}\n  {Path.Combine(outDir, "report.html")}\n  {Path.Combine(outDir, "summary.md")}");
                foreach (var w in summary.Warnings) Console.Error.WriteLine("warning: " + w);
                if (run.History is not null)
                {
                    var diff = ChangesFiles.Write(outDir, run.History, store);
                    Console.WriteLine($"  regraded {run.Regraded}: the score of {diff.ScoreChanged} changed; see {Path.Combine(outDir, ChangesFiles.Markdown)} and {ChangesFiles.Csv}; previous reports in {run.History}");
                }
                return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"\ncancelled: {store.Count} reports are saved in {store.Directory}; run the same command again to resume.");
                return ExitCodes.Cancelled;
            }
            catch (GraderException e)
            {
                // The grader itself failed (say, the module's hidden tests could not be loaded): what was graded stays.
                throw e.IsBadInput ? e : GraderException.Internal($"grading failed: {e.Message}\n{store.Count} reports are saved in {store.Directory}; run the same command again to resume.");
            }
        });
        return command;
    }
}

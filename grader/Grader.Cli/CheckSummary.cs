using System.Globalization;
using System.Text;
using Grader.Pipeline;
using Grader.Protocol;

namespace Grader.Cli;

/// <summary>What a student reads after a check: compile errors located in their files, anything
/// not allowed, then each public test with the first lines of its failure.</summary>
internal static class CheckSummary
{
    public static string Format(CheckResult r)
    {
        var sb = new StringBuilder();
        if (r.Loaded.Error is { } le) return sb.AppendLine("✘ " + le.Message).ToString();
        foreach (var note in r.Loaded.Notes) sb.AppendLine("note: " + note);
        var errors = r.Run.Diagnostics.Where(d => d.Severity == "error").ToList();
        if (errors.Count > 0)
        {
            sb.AppendLine($"Compiler errors ({errors.Count}):");
            foreach (var d in errors) sb.AppendLine("  " + d);
            if (r.Total > 0) sb.AppendLine("  (the methods containing them were left out; the rest was tested)");
        }
        if (r.Run.Violations.Count > 0)
        {
            sb.AppendLine("Not allowed in graded code:");
            foreach (var v in r.Run.Violations) sb.AppendLine("  " + v);
        }
        if (r.Run.TestDiagnostics.Count > 0)
        {
            sb.AppendLine("The public tests do not compile against your code (did a method's name or parameters change?):");
            foreach (var d in r.Run.TestDiagnostics.Take(10)) sb.AppendLine("  " + d);
        }
        foreach (var (name, o) in r.Run.Tests)
        {
            var shortName = name[(name.LastIndexOf('.', name.Contains('(') ? name.IndexOf('(') : name.Length - 1) + 1)..];
            if (o.Status == TestStatus.Passed) { sb.AppendLine($"  ✔ {shortName}"); continue; }
            sb.AppendLine($"  ✘ {shortName} ({o.Status.ToWire()})");
            foreach (var line in (o.Message ?? "").Split('\n').Where(l => l.Trim().Length > 0).Take(4)) sb.AppendLine("      " + line.TrimEnd());
        }
        if (r.Run.Failure is { } f) sb.AppendLine("✘ " + f.Message);
        var verdict = r.AllPassed ? "All public tests pass." : r.Total == 0 ? "No public test could run." : $"{r.Passed} of {r.Total} public tests pass.";
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{verdict} ({r.Elapsed.TotalSeconds:0.0} s) The hidden tests check more inputs and the common mistakes."));
        return sb.ToString();
    }
}

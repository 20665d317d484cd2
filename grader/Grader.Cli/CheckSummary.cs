using System.Globalization;
using Grader.Pipeline;
using Grader.Protocol;
using Spectre.Console;

namespace Grader.Cli;

/// <summary>What a student reads after a check: compile errors located in their files, anything
/// not allowed, then each public test with its whole failure message (an assertion's Expected and
/// But was lines included). On a terminal in colour, each message in a panel; in a log, plain lines.</summary>
internal static class CheckSummary
{
    /// <summary>Lines of one failure message shown; the worker already caps a message's length.</summary>
    private const int MaxMessageLines = 40;

    public static void Render(CheckResult r, IAnsiConsole console)
    {
        if (r.Loaded.Error is { } le)
        {
            console.MarkupLine("[red]✘[/] " + Markup.Escape(le.Message));
            return;
        }
        foreach (var note in r.Loaded.Notes) console.MarkupLine("[yellow]note:[/] " + Markup.Escape(note));
        var errors = r.Run.Diagnostics.Where(d => d.Severity == "error").ToList();
        if (errors.Count > 0)
        {
            console.MarkupLine($"[red]Compiler errors ({errors.Count}):[/]");
            foreach (var d in errors) console.WriteLine("  " + d);
            if (r.Total > 0) console.WriteLine("  (the methods containing them were left out; the rest was tested)");
        }
        if (r.Run.Violations.Count > 0)
        {
            console.MarkupLine("[red]Not allowed in graded code:[/]");
            foreach (var v in r.Run.Violations) console.WriteLine("  " + v);
        }
        if (r.Run.TestDiagnostics.Count > 0)
        {
            console.MarkupLine("[red]The public tests do not compile against your code (did a method's name or parameters change?):[/]");
            foreach (var d in r.Run.TestDiagnostics.Take(10)) console.WriteLine("  " + d);
        }
        if (console.IsStyled()) Styled(r, console);
        else Lines(r, console);
        if (r.Run.Failure is { } f) console.MarkupLine("[red]✘[/] " + Markup.Escape(f.Message));
        var verdict = r.AllPassed ? "All public tests pass." : r.Total == 0 ? "No public test could run." : $"{r.Passed} of {r.Total} public tests pass.";
        var line = string.Create(CultureInfo.InvariantCulture, $"{verdict} ({r.Elapsed.TotalSeconds:0.0} s) The hidden tests check more inputs and the common mistakes.");
        console.MarkupLine((r.AllPassed ? "[green]" : "[bold]") + Markup.Escape(line) + "[/]");
    }

    private static void Lines(CheckResult r, IAnsiConsole console)
    {
        foreach (var (name, o) in r.Run.Tests)
        {
            if (o.Status == TestStatus.Passed) { console.WriteLine($"  ✔ {ShortName(name)}"); continue; }
            console.WriteLine($"  ✘ {ShortName(name)} ({o.Status.ToWire()})");
            foreach (var line in MessageLines(o.Message)) console.WriteLine("      " + line);
        }
    }

    /// <summary>On a terminal: each test in colour, each failure's message in a panel that wraps at
    /// the terminal's width.</summary>
    private static void Styled(CheckResult r, IAnsiConsole console)
    {
        foreach (var (name, o) in r.Run.Tests)
        {
            if (o.Status == TestStatus.Passed) { console.MarkupLine($"  [green]✔[/] {Markup.Escape(ShortName(name))}"); continue; }
            console.MarkupLine($"  [red]✘ {Markup.Escape(ShortName(name))}[/] [grey]({o.Status.ToWire()})[/]");
            var text = string.Join("\n", MessageLines(o.Message));
            if (text.Length > 0) console.Write(new Padder(new Panel(new Text(text)).Border(BoxBorder.Rounded).BorderColor(Color.Grey), new Padding(4, 0, 0, 0)));
        }
    }

    /// <summary>A failure message's non-empty lines, in full up to <see cref="MaxMessageLines"/>.</summary>
    internal static IEnumerable<string> MessageLines(string? message)
    {
        var lines = (message ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0).ToList();
        foreach (var l in lines.Take(MaxMessageLines)) yield return l;
        if (lines.Count > MaxMessageLines) yield return $"... ({lines.Count - MaxMessageLines} more lines)";
    }

    /// <summary>"Ns.Fixture.Method(args)" → "Method(args)".</summary>
    private static string ShortName(string name) =>
        name[(name.LastIndexOf('.', name.Contains('(') ? name.IndexOf('(') : name.Length - 1) + 1)..];
}

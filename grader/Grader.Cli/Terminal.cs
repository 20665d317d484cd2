using Spectre.Console;

namespace Grader.Cli;

/// <summary>Where the commands draw: Spectre.Console on a terminal (colour, tables, a live progress
/// bar), plain lines when the stream is redirected to a file or a CI log — no escape codes, no
/// wrapping, so logs and the tests that read them stay deterministic. NO_COLOR is honoured.</summary>
internal static class Terminal
{
    /// <summary>Wide enough that no line of a log is ever wrapped.</summary>
    private const int PlainWidth = 8192;

    public static IAnsiConsole Out() => For(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error() => For(Console.Error, Console.IsErrorRedirected);

    public static IAnsiConsole For(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected) console.Profile.Width = PlainWidth;
        return console;
    }

    /// <summary>True when this console draws for a person (colours, tables, live updates).</summary>
    public static bool IsStyled(this IAnsiConsole console) => console.Profile.Capabilities.Ansi;
}

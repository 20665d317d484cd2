using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Grader.Cli;

/// <summary>What the parser could not make of the command line, as the one-line errors every
/// other bad input gets (exit 2, as the README says), with .NET type names in plain words.</summary>
internal static partial class ParseErrors
{
    /// <returns>The lines to print, or empty when the command line parsed.</returns>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        if (parse.Errors.Count == 0) return [];
        var lines = parse.Errors.Select(e => "error: " + Plain(e.Message)).Distinct().ToList();
        var command = string.Join(' ', parse.CommandResult.Command is RootCommand ? [] : Path(parse.CommandResult));
        lines.Add($"See `{(command.Length > 0 ? command + " " : "")}--help` for the usage.");
        return lines;
    }

    private static IEnumerable<string> Path(SymbolResult? r)
    {
        var names = new Stack<string>();
        for (var c = r as CommandResult; c is not null && c.Command is not RootCommand; c = c.Parent as CommandResult) names.Push(c.Command.Name);
        return names;
    }

    /// <summary>"as expected type 'System.Nullable`1[System.Int32]'" → "as a whole number".</summary>
    private static string Plain(string message) => ExpectedType().Replace(message, m => "as " + Kind(m.Groups[1].Value));

    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Int32") || type.Contains("Int64") => "a whole number",
        _ when type.Contains("Double") || type.Contains("Decimal") || type.Contains("Single") => "a number",
        _ when type.Contains("Boolean") => "true or false",
        _ => "the kind of value it takes",
    };

    [GeneratedRegex(@"as expected type '([^']+)'")]
    private static partial Regex ExpectedType();
}

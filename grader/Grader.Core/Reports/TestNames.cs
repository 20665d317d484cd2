using System.Text;

namespace Grader.Reports;

/// <summary>Test names as people read them: "CentralDifferenceTests.CentralDifference_CallsFExactlyTwice"
/// becomes "CentralDifference: calls F exactly twice" — the member under test, then the rest of
/// the method name in words (arguments of a parameterised test kept as written).</summary>
public static class TestNames
{
    public static string Readable(string name)
    {
        var paren = name.IndexOf('(');
        var (head, args) = paren >= 0 ? (name[..paren], name[paren..]) : (name, "");
        var method = head[(head.LastIndexOf('.') + 1)..];
        var parts = method.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return method + args;
        var words = string.Join(", ", parts.Skip(1).Select(Words));
        return $"{parts[0]}: {words}{(args.Length > 0 ? " " + args : "")}";
    }

    /// <summary>"OfXSquared" → "of X squared": a word per capital; single letters (names of
    /// variables) keep their case.</summary>
    private static string Words(string camel)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in camel)
        {
            if ((char.IsUpper(c) || (char.IsDigit(c) && current.Length > 0 && !char.IsDigit(current[^1]))) && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
            current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return string.Join(" ", words.Select(w => w.Length == 1 ? w : char.ToLowerInvariant(w[0]) + w[1..]));
    }
}

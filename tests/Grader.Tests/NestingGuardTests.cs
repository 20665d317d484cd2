using Grader.Loading;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>Nesting that would overflow the compiler's stack is cut before compiling, wherever it
/// hides; ordinary code, strings and comments pass through untouched.</summary>
[TestFixture]
public sealed class NestingGuardTests
{
    private const int Deep = 3000;

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [TestCase("var x = (a + b) * c[i] - f(g(h(1)));")]
    [TestCase("if (i<n && j>m) { var d = new Dictionary<string, List<int>>(); }")]
    [TestCase("var s = $\"{x} {{literal}} {(y > 0 ? \"a\" : \"b\")}\" + @\"C:\\path\" + \"\"\"raw \"quoted\" text\"\"\";")]
    [TestCase("var s = $$\"\"\"{ \"json\": {{value}} }\"\"\"; // ((((( in a comment\n/* [[[[ */ char c = '(';")]
    [TestCase("var s = $\"a{$\"b{$\"c{x}\"}\"}\";")]
    public void Ordinary_code_is_left_alone(string code)
    {
        var (text, lines) = NestingGuard.Defuse(code);
        Assert.That(lines, Is.Empty);
        Assert.That(text, Is.EqualTo(code));
    }

    [Test]
    public void Deep_brackets_are_cut() => AssertCut("var x = " + Repeat("(", Deep) + "1" + Repeat(")", Deep) + ";");

    [Test]
    public void Deep_generic_argument_lists_are_cut() =>
        AssertCut("List" + Repeat("<List", Deep) + "<int" + Repeat(">", Deep + 1) + " x = null;");

    [Test]
    public void Deep_nesting_inside_an_interpolated_string_is_cut() =>
        AssertCut("var s = $\"{" + Repeat("(", Deep) + "1" + Repeat(")", Deep) + "}\";");

    [Test]
    public void Deeply_nested_interpolated_strings_are_cut() =>
        AssertCut("var s = " + Repeat("$\"{", Deep) + "1" + Repeat("}\"", Deep) + ";");

    [Test]
    public void The_cut_keeps_line_numbers_and_what_follows()
    {
        var code = "int A() => " + Repeat("(\n", Deep) + "1" + Repeat(")", Deep) + ";\nint B() => 2;";
        var (text, _) = NestingGuard.Defuse(code);
        Assert.That(text.Count(c => c == '\n'), Is.EqualTo(code.Count(c => c == '\n')));
        Assert.That(text, Does.EndWith("\nint B() => 2;"));
    }

    private static void AssertCut(string code)
    {
        var (text, lines) = NestingGuard.Defuse(code);
        Assert.That(lines, Is.Not.Empty, "the deep group should be cut");
        Assert.That(text, Does.Contain(NestingGuard.Placeholder));
        Assert.That(text.Length, Is.LessThan(code.Length / 2), "everything below the cut goes");
    }
}

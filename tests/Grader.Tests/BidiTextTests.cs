using Grader.Reports;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A name with a right-to-left override (U+202E) reads backwards, and "alice\u202Egpj.cs"
/// can pass for another name; every human-readable output shows the control's code instead.</summary>
[TestFixture]
public sealed class BidiTextTests
{
    private const string Name = "mallory\u202Ecod.exe";

    [Test]
    public void Html_and_markdown_show_bidi_controls_as_codes()
    {
        foreach (var shown in new[] { Show.Html(Name), Show.Markdown(Name), Show.MarkdownText(Name), Show.MarkdownInline(Name) })
        {
            Assert.That(shown, Does.Not.Contain("\u202E"), shown);
            Assert.That(shown, Does.Contain("U+202E"), shown);
        }
    }

    [Test]
    public void Text_without_them_is_unchanged() =>
        Assert.That(Show.VisibleBidi("Zoë Ångström (عربي)"), Is.EqualTo("Zoë Ångström (عربي)"));
}

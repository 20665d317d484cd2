using Grader.Loading;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>A module file handed in under the name a download gave it is graded; a name that
/// could be either of two files, or a backup beside the real file, is not.</summary>
[TestFixture]
public sealed class RenamedCopyTests
{
    private static readonly string[] ModuleFiles = ["Derivatives.cs", "Rules.cs"];

    [TestCase("Derivatives-1.cs")]
    [TestCase("Derivatives (2).cs")]
    [TestCase("Derivatives(1).cs")]
    [TestCase("derivatives.cs")]
    [TestCase("DERIVATIVES-12.CS")]
    public void A_downloads_name_for_the_file_is_taken(string name) =>
        Assert.That(RenamedCopy.Find(["/s/Rules.cs", "/s/" + name], "Derivatives.cs", ModuleFiles), Is.EqualTo("/s/" + name));

    [TestCase("Derivatives_old.cs")]
    [TestCase("Derivatives - Copy.cs")]
    [TestCase("MyDerivatives.cs")]
    [TestCase("Derivatives-v2.cs")]
    public void Another_name_is_not(string name) =>
        Assert.That(RenamedCopy.Find(["/s/" + name], "Derivatives.cs", ModuleFiles), Is.Null);

    [Test]
    public void Two_candidates_are_ambiguous_and_neither_is_taken() =>
        Assert.That(RenamedCopy.Find(["/s/Derivatives-1.cs", "/s/Derivatives (1).cs"], "Derivatives.cs", ModuleFiles), Is.Null);
}

using Grader.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The gradebook, JUnit and summaries name a status as the JSON report does.</summary>
[TestFixture]
public sealed class ReportStatusNamesTests
{
    [TestCaseSource(nameof(All))]
    public void Every_status_is_named_as_in_the_JSON_report(ReportStatus s) =>
        Assert.That(s.ToWire(), Is.EqualTo(JsonConvert.SerializeObject(s, new StringEnumConverter()).Trim('"')));

    public static IEnumerable<ReportStatus> All() => Enum.GetValues<ReportStatus>();
}

using Grader.Exporters;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Grader.Tests;

/// <summary>The published schema and the reports agree: every field a report carries is declared,
/// every required field is present, and enum values are among those listed. (A full validator
/// package is not available here; this checks the parts of the schema the grader uses.)</summary>
[TestFixture]
public sealed class SchemaTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Root, "grader", "report.schema.json")));

    public static IEnumerable<TestCaseData> Reports() =>
        GoldenCase.All().Where(c => File.Exists(c.ExpectedPath)).Select(c => new TestCaseData(c).SetName("schema:" + c));

    [TestCaseSource(nameof(Reports))]
    public void Golden_report_conforms_to_the_schema(GoldenCase c)
    {
        var report = JObject.Parse(File.ReadAllText(c.ExpectedPath));
        var errors = new List<string>();
        Validate(report, Schema, "$", errors);
        Assert.That(errors, Is.Empty, string.Join("\n", errors));
    }

    [Test]
    public void A_report_that_breaks_the_schema_is_caught()
    {
        var report = JObject.Parse(File.ReadAllText(GoldenCase.All().First(c => File.Exists(c.ExpectedPath)).ExpectedPath));
        report["status"] = "excellent";
        report["surprise"] = 1;
        ((JObject)report["run"]!).Remove("limits");
        var errors = new List<string>();
        Validate(report, Schema, "$", errors);
        Assert.That(errors, Has.Some.Contains("$.status").And.Some.Contains("$.surprise").And.Some.Contains("$.run.limits"));
    }

    /// <summary>Where a report (JSON text) breaks the schema; for reports other tests produce.</summary>
    internal static List<string> Errors(string json)
    {
        var errors = new List<string>();
        Validate(JObject.Parse(json), Schema, "$", errors);
        return errors;
    }

    private static void Validate(JToken value, JObject schema, string path, List<string> errors)
    {
        if (schema["enum"] is JArray allowed && !allowed.Any(a => JToken.DeepEquals(a, value)))
            errors.Add($"{path}: {value} is not one of {allowed.ToString(Newtonsoft.Json.Formatting.None)}");
        if (schema["const"] is { } constant && !JToken.DeepEquals(constant, value))
            errors.Add($"{path}: expected {constant}");
        var type = (string?)schema["type"];
        var ok = type switch
        {
            "object" => value.Type == JTokenType.Object,
            "array" => value.Type == JTokenType.Array,
            "string" => value.Type is JTokenType.String or JTokenType.Date,
            "number" => value.Type is JTokenType.Float or JTokenType.Integer,
            "integer" => value.Type == JTokenType.Integer,
            _ => true,
        };
        if (!ok) { errors.Add($"{path}: expected {type}, got {value.Type}"); return; }
        if (value is JObject obj)
        {
            var props = (JObject?)schema["properties"] ?? [];
            foreach (var req in (JArray?)schema["required"] ?? [])
                if (obj[(string)req!] is null) errors.Add($"{path}.{req}: required but missing");
            foreach (var p in obj.Properties())
            {
                if (props[p.Name] is JObject sub) Validate(p.Value, sub, $"{path}.{p.Name}", errors);
                else if (schema["additionalProperties"]?.Type == JTokenType.Boolean && !(bool)schema["additionalProperties"]!)
                    errors.Add($"{path}.{p.Name}: not declared in the schema");
            }
        }
        if (value is JArray arr && schema["items"] is JObject items)
            for (var i = 0; i < arr.Count; i++) Validate(arr[i], items, $"{path}[{i}]", errors);
    }
}

using System.Text.Json;

namespace Grader.Protocol;

/// <summary>The one naming policy for every status written anywhere (the worker protocol, the JSON
/// report, CSV, JUnit, HTML): the member name in snake_case ("NotRun" → "not_run").</summary>
public static class WireName
{
    public static string ToWire<T>(this T value) where T : struct, Enum => Of(value.ToString());

    public static string Of(string memberName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(memberName);

    /// <summary>The member whose wire name is <paramref name="wire"/>.</summary>
    public static bool TryParse<T>(string wire, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
            if (v.ToWire() == wire) { value = v; return true; }
        value = default;
        return false;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Protocol;

/// <summary>Line framing: requests are plain JSON lines; events are "@@grader &lt;nonce&gt; &lt;json&gt;"
/// so the supervisor can tell them from anything else on the stream.</summary>
public static class Wire
{
    public const string EventPrefix = "@@grader ";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("empty message");

    public static string EventLine(string nonce, WorkerEvent e) => EventPrefix + nonce + " " + Serialize(e);

    /// <summary>Parses an event line; null when the line is not an event for this nonce.</summary>
    public static WorkerEvent? TryParseEvent(string line, string nonce)
    {
        var head = EventPrefix + nonce + " ";
        if (!line.StartsWith(head, StringComparison.Ordinal)) return null;
        try { return Deserialize<WorkerEvent>(line[head.Length..]); }
        catch (JsonException) { return null; }
    }
}

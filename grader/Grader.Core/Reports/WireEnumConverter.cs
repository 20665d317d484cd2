using Newtonsoft.Json;
using Grader.Protocol;

namespace Grader.Reports;

/// <summary>Writes and reads every enum of a report by its <see cref="WireName"/>, the same names
/// the worker protocol and every export use.</summary>
public sealed class WireEnumConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => (Nullable.GetUnderlyingType(objectType) ?? objectType).IsEnum;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else writer.WriteValue(WireName.Of(value.ToString()!));
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var type = Nullable.GetUnderlyingType(objectType) ?? objectType;
        if (reader.TokenType == JsonToken.Null) return null;
        var wire = reader.Value as string;
        foreach (var name in Enum.GetNames(type))
            if (WireName.Of(name) == wire) return Enum.Parse(type, name);
        throw new JsonSerializationException($"'{wire}' is not a {type.Name} (expected one of {string.Join(", ", Enum.GetNames(type).Select(WireName.Of))}).");
    }
}

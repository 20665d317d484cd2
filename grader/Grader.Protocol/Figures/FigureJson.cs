using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Protocol.Figures;

/// <summary>Reads the figures a test recorded (Calculus.TestSupport's Plot). They may hold NaN and
/// ∞ — that is what a diverging submission computes — until <see cref="FigureBounds"/> clamps them.</summary>
public static class FigureJson
{
    private static readonly JsonSerializerOptions Options = new(Wire.Options)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The figure, or null when <paramref name="json"/> is not one (a test support library
    /// out of step, or something else writing the property).</summary>
    public static Figure? TryRead(string json)
    {
        try { return JsonSerializer.Deserialize<Figure>(json, Options); }
        catch (JsonException) { return null; }
        catch (NotSupportedException) { return null; }
    }
}

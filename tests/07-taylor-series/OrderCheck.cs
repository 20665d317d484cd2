using Calculus.TestSupport;

namespace TaylorSeries.HiddenTests;

/// <summary>Checks that an error falls like the power of the step a correct model's does, and when
/// it does not, says which term that points to.</summary>
internal static class OrderCheck
{
    /// <param name="series">The measured errors.</param>
    /// <param name="expected">The order a correct answer's error has (n + 1 for Tₙ).</param>
    /// <param name="model">The model's name in the message, e.g. "T₃" or "the linearisation".</param>
    /// <param name="mistake">The catalogued mistake that reproduces the answer, if one does.</param>
    /// <param name="slack">How far the observed order may sit from the expected one.</param>
    /// <param name="fasterIsFine">Accept a faster fall (a direction along which the next term vanishes).</param>
    public static void Expect(ErrorSeries series, int expected, string model, string variable, string? mistake,
        double slack = 0.3, bool fasterIsFine = false)
    {
        if (Passes(series, expected, slack, fasterIsFine)) return;
        var p = series.Order;
        var q = double.IsFinite(p) ? (int)Math.Round(p) : 0;
        string where = q < 1
            ? $"it does not shrink as {variable} → 0, so the model does not even equal the function at x0"
            : q < expected
                ? $"the {Power(variable, q)} term is the first wrong one (every term up to {Power(variable, expected - 1)} must be right for an error of order {expected})"
                : $"it falls faster than any correct {model}'s can: terms beyond order {expected - 1} were added";
        Check.That(false,
            $"{series.What}: your {model} error falls like {Power(variable, q)} (observed order {Fmt.Num(p)}), not like " +
            $"{Power(variable, expected)} (halving {variable} should divide it by about 2^{expected} = {Fmt.Num(Math.Pow(2, expected))}): {where}. " +
            $"Measured {series.Describe(variable)}." + (mistake is null ? "" : " " + mistake));
    }

    /// <summary>Whether <see cref="Expect"/> accepts the series: lets a caller skip diagnosing an error that is fine.</summary>
    public static bool Passes(ErrorSeries series, int expected, double slack = 0.3, bool fasterIsFine = false) =>
        series.Order >= expected - slack && (fasterIsFine || series.Order <= expected + slack);

    private static string Power(string variable, int k) => k switch
    {
        0 => "a constant",
        1 => variable,
        _ => $"{variable}^{k}",
    };
}

using Calculus.TestSupport;

namespace TaylorSeries.HiddenTests;

/// <summary>The error of an approximation at the steps h, h/2, h/4, …, kept whole (steps, errors,
/// ratios) so a plot of error against h can be drawn from exactly what the test measured.</summary>
internal sealed record ErrorSeries(string What, double[] Steps, double[] Errors)
{
    /// <summary>|e(h)| at each step for an approximation and the exact value it approximates.</summary>
    public static ErrorSeries Measure(string what, Func<double, double> approximation, Func<double, double> exact,
        double h0, int count) =>
        Measure(what, h => Math.Abs(approximation(h) - exact(h)), h0, count);

    /// <summary>A measured error (a norm, or an absolute difference) at each step.</summary>
    public static ErrorSeries Measure(string what, Func<double, double> error, double h0, int count)
    {
        var steps = Enumerable.Range(0, count).Select(k => h0 / Math.Pow(2, k)).ToArray();
        return new ErrorSeries(what, steps, steps.Select(error).ToArray());
    }

    /// <summary>|e(hₖ)| / |e(hₖ₊₁)|: tends to 2ᵖ for an O(hᵖ) error.</summary>
    public double[] Ratios => Errors.Zip(Errors.Skip(1), (a, b) => a / b).ToArray();

    /// <summary>The observed order from the last (smallest-step) pair, the most asymptotic one.</summary>
    public double Order => Math.Log2(Ratios[^1]);

    public string Describe(string variable = "h") =>
        $"errors {string.Join(", ", Errors.Select(Fmt.Num))} at {variable} = {string.Join(", ", Steps.Select(Fmt.Num))} " +
        $"(ratios {string.Join(", ", Ratios.Select(Fmt.Num))})";
}

namespace TaylorSeries.HiddenTests;

/// <summary>The test's own Taylor sums Σ dₖ·hᵏ/cₖ with h = x − x0: the correct one (cₖ = k!, with
/// k! formed in a double) and the catalogued wrong ones, each differing from it in one respect.</summary>
internal static class TaylorSums
{
    public static double Sum(IReadOnlyList<double> d, double x0, double x, Func<int, double> divisor, int terms = -1, bool offset = true,
        bool flipped = false)
    {
        var h = !offset ? x : flipped ? x0 - x : x - x0;
        var n = terms < 0 ? d.Count : terms;
        double sum = 0;
        for (var k = 0; k < n; k++) sum += d[k] * Math.Pow(h, k) / divisor(k);
        return sum;
    }

    public static double Factorial(int k)
    {
        double f = 1;
        for (var j = 2; j <= k; j++) f *= j;
        return f;
    }

    public static double Correct(IReadOnlyList<double> d, double x0, double x) => Sum(d, x0, x, Factorial);

    /// <summary>What a submission with each catalogued mistake of the sum would return.</summary>
    public static (double Value, string Hint)[] Wrong(IReadOnlyList<double> d, double x0, double x) =>
    [
        (Sum(d, x0, x, k => Math.Max(k, 1)), Mistakes.KInsteadOfFactorial),
        (Sum(d, x0, x, k => Factorial(Math.Max(k - 1, 0))), Mistakes.KMinusOneFactorial),
        (Sum(d, x0, x, Factorial, offset: false), Mistakes.XInsteadOfOffset),
        (Sum(d, x0, x, Factorial, flipped: true), Mistakes.OffsetSignFlipped),
        (Sum(d, x0, x, Factorial, terms: d.Count - 1), Mistakes.OrderOffByOne),
        (Sum(d, x0, x, k => IntFactorial(k)), Mistakes.FactorialOverflow),
        (Sum(d, x0, x, k => LongFactorial(k)), Mistakes.FactorialOverflow),
    ];

    /// <summary>k! in an int, wrapping around as unchecked C# does from 13! on.</summary>
    private static double IntFactorial(int k)
    {
        var f = 1;
        for (var j = 2; j <= k; j++) f = unchecked(f * j);
        return f;
    }

    private static double LongFactorial(int k)
    {
        var f = 1L;
        for (var j = 2; j <= k; j++) f = unchecked(f * j);
        return f;
    }
}

namespace Grader.Worker.Quiz;

/// <summary>The points an answer is compared with its key at: seeded, so every run and every
/// student sees the same points, uniform in each parameter's [lo, hi].</summary>
internal static class QuizSampler
{
    public const int Count = 50;

    private const int Seed = 271828;

    public static IReadOnlyList<double[]> Points(IReadOnlyList<double[]> domain, int arity)
    {
        if (arity == 0) return [[]];
        var rng = new Random(Seed);
        var points = new List<double[]>(Count);
        for (var k = 0; k < Count; k++)
        {
            var p = new double[arity];
            for (var i = 0; i < arity; i++)
            {
                var (lo, hi) = i < domain.Count && domain[i] is [var a, var b] && a < b ? (a, b) : (-1.0, 1.0);
                p[i] = Round(lo + (hi - lo) * rng.NextDouble(), lo, hi);
            }
            points.Add(p);
        }
        return points;
    }

    /// <summary>Rounded to about three significant digits of the domain's width, so the point that
    /// feedback names ("at x = 0.37") is exactly the one the values were computed at.</summary>
    private static double Round(double v, double lo, double hi)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(hi - lo)) - 2);
        var rounded = Math.Round(Math.Round(v / step) * step, 12);
        return Math.Clamp(rounded, lo, hi);
    }
}

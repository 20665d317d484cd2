namespace LinearRegression;

/// <summary>Course-supplied code for the heights fit: the Gaussian model and the histogram it is
/// fitted to. Use it; do not change it or hand it in (the grader always compiles this copy).
///
/// The course's own survey data is not available here, so the histogram is synthetic: the heights
/// of <c>people</c> adults drawn from a normal distribution (seeded, so every run gives the same
/// data), counted in 2.5 cm bins from 50 cm to 300 cm and normalised like a probability density,
/// Σ y·2.5 = 1. The course data set is <c>Histogram()</c> with the defaults below: 1000 people,
/// mean 178.5 cm, standard deviation 7.5 cm, seed 6.</summary>
public static class HeightsData
{
    /// <summary>Width of one bin, in cm.</summary>
    public const double BinWidth = 2.5;

    /// <summary>Left edge of the first bin, in cm.</summary>
    public const double FirstEdge = 50;

    /// <summary>Number of bins: they cover 50 cm to 300 cm.</summary>
    public const int BinCount = 100;

    public const int CourseSeed = 6;
    public const double CourseMean = 178.5;
    public const double CourseSd = 7.5;
    public const int CoursePeople = 1000;

    /// <summary>The model: the normal density f(x; μ, σ) = exp(−(x − μ)² / (2σ²)) / (√(2π)·σ).</summary>
    public static double Gaussian(double x, double mu, double sig) =>
        Math.Exp(-(x - mu) * (x - mu) / (2 * sig * sig)) / Math.Sqrt(2 * Math.PI) / sig;

    /// <summary>The bin centres 51.25, 53.75, …, 298.75 (cm).</summary>
    public static double[] BinCentres()
    {
        var x = new double[BinCount];
        for (var k = 0; k < BinCount; k++) x[k] = FirstEdge + BinWidth * k + BinWidth / 2;
        return x;
    }

    /// <summary>A normalised histogram of synthetic heights: X are the bin centres, Y the
    /// densities (count in the bin / (people counted · 2.5 cm)). Heights are drawn with the
    /// Box–Muller transform from <c>new Random(seed)</c>; heights outside 50…300 cm are dropped.</summary>
    public static (double[] X, double[] Y) Histogram(int seed = CourseSeed, double mean = CourseMean,
        double sd = CourseSd, int people = CoursePeople)
    {
        var rng = new Random(seed);
        var counts = new int[BinCount];
        var counted = 0;
        for (var p = 0; p < people; p++)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            var height = mean + sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            var k = (int)Math.Floor((height - FirstEdge) / BinWidth);
            if (k < 0 || k >= BinCount) continue;
            counts[k]++;
            counted++;
        }
        var y = new double[BinCount];
        for (var k = 0; k < BinCount; k++) y[k] = counts[k] / (counted * BinWidth);
        return (BinCentres(), y);
    }
}

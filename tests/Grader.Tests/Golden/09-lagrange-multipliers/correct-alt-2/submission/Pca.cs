using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Pca
{
    public static StationaryPoint LeadingDirection(Matrix<double> covariance, double tol, int maxIter)
    {
        var n = covariance.RowCount;
        var rng = new Random(7);
        var w = Vector<double>.Build.Dense(n, _ => rng.NextDouble() - 0.5).Normalize(2);
        var lambda = w * (covariance * w);
        var k = 0;
        // A few power steps until w is roughly the leading direction (Newton alone would go to
        // whichever eigenpair is nearest) ...
        while (k < maxIter && (covariance * w - lambda * w).L2Norm() > 1e-3 * Math.Abs(lambda))
        {
            var sw = covariance * w;
            if (sw.L2Norm() == 0) break;
            w = sw.Normalize(2);
            lambda = w * (covariance * w);
            k++;
        }
        // ... then Newton on ½∇L = (Σw − λw, −(wᵀw − 1)/2) for L = wᵀΣw − λ(wᵀw − 1).
        var identity = Matrix<double>.Build.DenseIdentity(n);
        while (k < maxIter && (covariance * w - lambda * w).L2Norm() > tol)
        {
            var r = Vector<double>.Build.DenseOfEnumerable((covariance * w - lambda * w).Concat(new[] { -(w * w - 1) / 2 }));
            var j = Matrix<double>.Build.DenseOfMatrixArray(new[,]
            {
                { covariance - lambda * identity, -w.ToColumnMatrix() },
                { -w.ToRowMatrix(), Matrix<double>.Build.Dense(1, 1) },
            });
            var s = j.Solve(-r);
            if (s.Any(v => !double.IsFinite(v))) break;
            w = w + s.SubVector(0, n);
            lambda += s[n];
            k++;
        }
        w = w.Normalize(2);
        lambda = w * (covariance * w);
        return new StationaryPoint(w, lambda, k, (covariance * w - lambda * w).L2Norm() <= tol);
    }
}

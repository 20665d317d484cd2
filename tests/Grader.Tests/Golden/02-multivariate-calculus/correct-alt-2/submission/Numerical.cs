using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Numerical
{
    private static Vector<double> Step(Vector<double> x, int i, double di, int j = -1, double dj = 0) =>
        Vector<double>.Build.Dense(x.Count, k => x[k] + (k == i ? di : 0) + (k == j ? dj : 0));

    public static double PartialDerivative(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        var xp = Step(x, i, h);
        var xm = Step(x, i, -h);
        return (f(xp) - f(xm)) / (xp[i] - xm[i]);
    }

    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h) =>
        Vector<double>.Build.Dense(x.Count, i => PartialDerivative(f, x, i, h));

    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        Vector<double>[] columns = Enumerable.Range(0, x.Count)
            .Select(j => (F(Step(x, j, h)) - F(Step(x, j, -h))) / (2 * h))
            .ToArray();
        return Matrix<double>.Build.Dense(columns[0].Count, x.Count, (i, j) => columns[j][i]);
    }

    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        // One four-point stencil for every entry (on the diagonal it spans 2h); only i <= j is
        // computed and the lower triangle reads the same numbers.
        int n = x.Count;
        var upper = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
                upper[i, j] = (f(Step(x, i, h, j, h)) - f(Step(x, i, h, j, -h))
                               - f(Step(x, i, -h, j, h)) + f(Step(x, i, -h, j, -h))) / (4 * h * h);
        return Matrix<double>.Build.Dense(n, n, (i, j) => upper[Math.Min(i, j), Math.Max(i, j)]);
    }
}

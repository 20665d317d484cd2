using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Numerical
{
    static Vector<double> Step(Vector<double> x, params (int Index, double By)[] moves)
    {
        var p = x.Clone();
        foreach (var (index, by) in moves) p[index] += by;
        return p;
    }

    public static double PartialDerivative(Func<Vector<double>, double> f, Vector<double> x, int i, double h) =>
        (f(Step(x, (i, h))) - f(Step(x, (i, -h)))) / (2 * h);

    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h) =>
        Vector<double>.Build.DenseOfEnumerable(Enumerable.Range(0, x.Count).Select(i => PartialDerivative(f, x, i, h)));

    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        var columns = Enumerable.Range(0, x.Count)
            .Select(j => (F(Step(x, (j, h))) - F(Step(x, (j, -h)))) / (2 * h))
            .ToList();
        return Matrix<double>.Build.Dense(columns[0].Count, x.Count, (i, j) => columns[j][i]);
    }

    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        int n = x.Count;
        double fx = f(x.Clone());
        var H = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            // second difference with step 2h
            H[i, i] = (f(Step(x, (i, 2 * h))) - 2 * fx + f(Step(x, (i, -2 * h)))) / (4 * h * h);
            for (int j = 0; j < i; j++)
            {
                double m = (f(Step(x, (i, h), (j, h))) - f(Step(x, (i, h), (j, -h)))
                          - f(Step(x, (i, -h), (j, h))) + f(Step(x, (i, -h), (j, -h)))) / (4 * h * h);
                H[i, j] = m;
                H[j, i] = m;
            }
        }
        return H;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Numerical
{
    // a fresh vector for every evaluation, built from an array copy
    private static Vector<double> Moved(Vector<double> x, int i, double d)
    {
        double[] a = x.ToArray();
        a[i] += d;
        return Vector<double>.Build.DenseOfArray(a);
    }

    public static double PartialDerivative(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        double up = f(Moved(x, i, h));
        double down = f(Moved(x, i, -h));
        return (up - down) / (2 * h);
    }

    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        double[] g = new double[x.Count];
        for (int i = 0; i < g.Length; i++)
            g[i] = PartialDerivative(f, x, i, h);
        return Vector<double>.Build.DenseOfArray(g);
    }

    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        int n = x.Count;
        Matrix<double>? J = null;
        for (int j = 0; j < n; j++)
        {
            Vector<double> column = (F(Moved(x, j, h)) - F(Moved(x, j, -h))) / (2 * h);
            J ??= Matrix<double>.Build.Dense(column.Count, n);
            J.SetColumn(j, column);
        }
        return J!;
    }

    // Hessian as the Jacobian of the numerical gradient, then symmetrised.
    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        int n = x.Count;
        var H = Matrix<double>.Build.Dense(n, n);
        for (int j = 0; j < n; j++)
            H.SetColumn(j, (Gradient(f, Moved(x, j, h), h) - Gradient(f, Moved(x, j, -h), h)) / (2 * h));
        return (H + H.Transpose()) / 2;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

public static class LocalModels
{
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0)
    {
        double[] a = x0.ToArray();
        double[] f0 = F(x0).ToArray();
        double[,] J = jacobian(x0).ToArray();
        int m = J.GetLength(0), n = J.GetLength(1);
        return x =>
        {
            double[] result = new double[m];
            for (int i = 0; i < m; i++)
            {
                double s = f0[i];
                for (int j = 0; j < n; j++)
                {
                    s += J[i, j] * (x[j] - a[j]);
                }
                result[i] = s;
            }
            return Vector<double>.Build.DenseOfArray(result);
        };
    }

    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0)
    {
        double[] a = x0.ToArray();
        double f0 = f(x0);
        double[] g = gradient(x0).ToArray();
        double[,] H = hessian(x0).ToArray();
        int n = a.Length;
        return x =>
        {
            double[] h = new double[n];
            for (int i = 0; i < n; i++) h[i] = x[i] - a[i];
            double linear = 0, quadratic = 0;
            for (int i = 0; i < n; i++)
            {
                linear += g[i] * h[i];
                for (int j = 0; j < n; j++)
                {
                    quadratic += h[i] * H[i, j] * h[j];
                }
            }
            return f0 + linear + quadratic / 2;
        };
    }
}

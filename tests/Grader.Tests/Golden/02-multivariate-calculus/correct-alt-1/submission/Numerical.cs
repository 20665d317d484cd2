using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Numerical
{
    public static double PartialDerivative(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        double[] plus = x.ToArray();
        double[] minus = x.ToArray();
        plus[i] += h;
        minus[i] -= h;
        double fPlus = f(Vector<double>.Build.DenseOfArray(plus));
        double fMinus = f(Vector<double>.Build.DenseOfArray(minus));
        return (fPlus - fMinus) / (2 * h);
    }

    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        var g = new double[x.Count];
        for (int i = 0; i < g.Length; i++)
            g[i] = PartialDerivative(f, x, i, h);
        return Vector<double>.Build.DenseOfArray(g);
    }

    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h)
    {
        int n = x.Count;
        var columns = new double[n][];
        int m = 0;
        for (int j = 0; j < n; j++)
        {
            double[] plus = x.ToArray();
            double[] minus = x.ToArray();
            plus[j] += h;
            minus[j] -= h;
            Vector<double> fPlus = F(Vector<double>.Build.DenseOfArray(plus));
            Vector<double> fMinus = F(Vector<double>.Build.DenseOfArray(minus));
            m = fPlus.Count;
            columns[j] = new double[m];
            for (int i = 0; i < m; i++)
                columns[j][i] = (fPlus[i] - fMinus[i]) / (2 * h);
        }

        var jac = Matrix<double>.Build.Dense(m, n);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                jac[i, j] = columns[j][i];
        return jac;
    }

    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x, double h)
    {
        // The Hessian is the Jacobian of the gradient; average it with its transpose so that
        // both mixed partials are the same number.
        Matrix<double> jac = Jacobian(p => Gradient(f, p, h), x, h);
        return (jac + jac.Transpose()) * 0.5;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Lagrangian
{
    public static Vector<double> Gradient(ConstrainedProblem problem, Vector<double> z)
    {
        int n = z.Count - 1;
        var x = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++) x[i] = z[i];
        double lambda = z[n];
        var df = problem.GradF(x);
        var dg = problem.GradG(x);
        var values = new double[n + 1];
        for (int i = 0; i < n; i++) values[i] = df[i] - lambda * dg[i];
        values[n] = -problem.G(x);
        return Vector<double>.Build.DenseOfArray(values);
    }

    public static Matrix<double> Hessian(ConstrainedProblem problem, Vector<double> z)
    {
        int n = z.Count - 1;
        var x = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++) x[i] = z[i];
        double lambda = z[n];
        var hf = problem.HessF(x);
        var hg = problem.HessG(x);
        var dg = problem.GradG(x);
        return Matrix<double>.Build.Dense(n + 1, n + 1, (i, j) =>
            i < n && j < n ? hf[i, j] - lambda * hg[i, j]
            : i < n ? -dg[i]
            : j < n ? -dg[j]
            : 0.0);
    }
}

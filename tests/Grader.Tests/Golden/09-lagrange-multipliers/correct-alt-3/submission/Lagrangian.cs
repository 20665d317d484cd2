using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Lagrangian
{
    public static Vector<double> Gradient(ConstrainedProblem problem, Vector<double> z)
    {
        var n = z.Count - 1;
        var x = z.SubVector(0, n);
        var gf = problem.GradF(x);
        var gg = problem.GradG(x);
        var g = problem.G(x);
        return Vector<double>.Build.Dense(n + 1, i => i < n ? gf[i] - z[n] * gg[i] : -g);
    }

    public static Matrix<double> Hessian(ConstrainedProblem problem, Vector<double> z)
    {
        var n = z.Count - 1;
        var x = z.SubVector(0, n);
        var h = Matrix<double>.Build.Dense(n + 1, n + 1);
        h.SetSubMatrix(0, n, 0, n, problem.HessF(x) - z[n] * problem.HessG(x));
        var border = Vector<double>.Build.Dense(n + 1);
        border.SetSubVector(0, n, -problem.GradG(x));
        h.SetRow(n, border);
        h.SetColumn(n, border);
        return h;
    }
}

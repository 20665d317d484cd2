using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Lagrangian
{
    public static Vector<double> Gradient(ConstrainedProblem problem, Vector<double> z)
    {
        var x = z.SubVector(0, z.Count - 1);
        var lambda = z[z.Count - 1];
        return Vector<double>.Build.DenseOfEnumerable(
            (problem.GradF(x) - problem.GradG(x) * lambda).Concat(new[] { -problem.G(x) }));
    }

    public static Matrix<double> Hessian(ConstrainedProblem problem, Vector<double> z)
    {
        var x = z.SubVector(0, z.Count - 1);
        var lambda = z[z.Count - 1];
        var dg = problem.GradG(x);
        return Matrix<double>.Build.DenseOfMatrixArray(new[,]
        {
            { problem.HessF(x) - problem.HessG(x) * lambda, -dg.ToColumnMatrix() },
            { -dg.ToRowMatrix(), Matrix<double>.Build.Dense(1, 1) },
        });
    }
}

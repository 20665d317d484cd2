using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

public static class RemainderOrder
{
    public static double[] ObservedOrders(double[] errors) =>
        errors.Zip(errors.Skip(1), (a, b) => Math.Log2(Math.Abs(a)) - Math.Log2(Math.Abs(b))).ToArray();

    // Least squares for [log C, p] with the design matrix [1, log h], solved by QR.
    public static double FittedOrder(double[] steps, double[] errors)
    {
        var A = Matrix<double>.Build.Dense(steps.Length, 2, (i, j) => j == 0 ? 1.0 : Math.Log(steps[i]));
        var b = Vector<double>.Build.Dense(errors.Length, i => Math.Log(Math.Abs(errors[i])));
        return A.QR().Solve(b)[1];
    }
}

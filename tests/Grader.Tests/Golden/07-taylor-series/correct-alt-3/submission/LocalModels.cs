using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

public static class LocalModels
{
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0)
    {
        var p = x0.Clone();
        var value = F(p);
        var slope = jacobian(p);
        return x =>
        {
            var step = x - p;
            return value + slope * step;
        };
    }

    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0)
    {
        var p = x0.Clone();
        var value = f(p);
        var g = gradient(p);
        var H = hessian(p);
        return x =>
        {
            var h = x - p;
            return value + g * h + h * H * h / 2;
        };
    }
}

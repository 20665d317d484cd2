using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Analytic
{
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        if (direction.L2Norm() == 0) throw new ArgumentException("The direction must not be the zero vector.");
        var unit = direction.Normalize(2);
        return gradient * unit;
    }

    public static double Rosenbrock(Vector<double> v) =>
        Math.Pow(1 - v[0], 2) + 100 * Math.Pow(v[1] - v[0] * v[0], 2);

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Vector<double>.Build.DenseOfArray(new[] { 2 * (x - 1) + 400 * x * (x * x - y), 200 * (y - x * x) });
    }

    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        double dxx = 1200 * x * x - 400 * y + 2;
        return Matrix<double>.Build.DenseOfRowArrays(new[] { dxx, -400 * x }, new[] { -400 * x, 200.0 });
    }

    public static Matrix<double> PolarToCartesianJacobian(double r, double theta) =>
        Matrix<double>.Build.DenseOfRowArrays(
            new[] { Math.Cos(theta), -r * Math.Sin(theta) },
            new[] { Math.Sin(theta), r * Math.Cos(theta) });
}

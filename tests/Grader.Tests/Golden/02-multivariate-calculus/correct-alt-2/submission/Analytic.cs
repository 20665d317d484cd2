using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Analytic
{
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        double norm = direction.L2Norm();
        if (!(norm > 0))
            throw new ArgumentException("Cannot take a directional derivative along the zero vector.", nameof(direction));
        return gradient * direction.Divide(norm);
    }

    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return (x - 1) * (x - 1) + 100 * (x * x - y) * (x * x - y);
    }

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        double w = x * x - y;
        return Vector<double>.Build.Dense([2 * (x - 1) + 400 * x * w, -200 * w]);
    }

    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Matrix<double>.Build.DenseOfRowArrays(
            [2 + 400 * (3 * x * x - y), -400 * x],
            [-400 * x, 200]);
    }

    public static Matrix<double> PolarToCartesianJacobian(double r, double theta)
    {
        double c = Math.Cos(theta), s = Math.Sin(theta);
        // Columns: d/dr (x, y) and d/dtheta (x, y).
        return Matrix<double>.Build.DenseOfColumnArrays([c, s], [-r * s, r * c]);
    }
}

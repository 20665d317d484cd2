using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Analytic
{
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        double dot = 0, norm2 = 0;
        for (int i = 0; i < direction.Count; i++)
        {
            dot += gradient[i] * direction[i];
            norm2 += direction[i] * direction[i];
        }
        if (norm2 == 0) throw new ArgumentException("zero direction");
        return dot / Math.Sqrt(norm2);
    }

    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Math.Pow(1 - x, 2) + 100 * Math.Pow(y - x * x, 2);
    }

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        // expanded: f = 1 - 2x + x^2 + 100y^2 - 200x^2 y + 100x^4
        double dx = -2 + 2 * x - 400 * x * y + 400 * x * x * x;
        double dy = 200 * y - 200 * x * x;
        return Vector<double>.Build.DenseOfArray(new[] { dx, dy });
    }

    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Matrix<double>.Build.DenseOfArray(new double[,]
        {
            { 2 - 400 * y + 1200 * x * x, -400 * x },
            { -400 * x, 200 },
        });
    }

    public static Matrix<double> PolarToCartesianJacobian(double r, double theta)
    {
        var J = Matrix<double>.Build.Dense(2, 2);
        J[0, 0] = Math.Cos(theta);
        J[0, 1] = -r * Math.Sin(theta);
        J[1, 0] = Math.Sin(theta);
        J[1, 1] = r * Math.Cos(theta);
        return J;
    }
}

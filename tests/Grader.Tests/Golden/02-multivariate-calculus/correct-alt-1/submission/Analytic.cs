using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

public static class Analytic
{
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        double dot = 0, squares = 0;
        for (int i = 0; i < direction.Count; i++)
        {
            dot += gradient[i] * direction[i];
            squares += direction[i] * direction[i];
        }
        if (squares == 0)
            throw new ArgumentException("direction must not be the zero vector");
        return dot / Math.Sqrt(squares);
    }

    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Math.Pow(1 - x, 2) + 100 * Math.Pow(y - x * x, 2);
    }

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        // f = 1 - 2x + x^2 + 100y^2 - 200x^2 y + 100x^4, differentiated term by term.
        double dfdx = 400 * x * x * x - 400 * x * y + 2 * x - 2;
        double dfdy = 200 * y - 200 * x * x;
        return Vector<double>.Build.DenseOfArray(new[] { dfdx, dfdy });
    }

    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        var hess = Matrix<double>.Build.Dense(2, 2);
        hess[0, 0] = 1200 * x * x - 400 * y + 2;
        hess[0, 1] = -400 * x;
        hess[1, 0] = -400 * x;
        hess[1, 1] = 200;
        return hess;
    }

    public static Matrix<double> PolarToCartesianJacobian(double r, double theta)
    {
        var jac = Matrix<double>.Build.Dense(2, 2);
        jac[0, 0] = Math.Cos(theta);
        jac[0, 1] = -r * Math.Sin(theta);
        jac[1, 0] = Math.Sin(theta);
        jac[1, 1] = r * Math.Cos(theta);
        return jac;
    }
}

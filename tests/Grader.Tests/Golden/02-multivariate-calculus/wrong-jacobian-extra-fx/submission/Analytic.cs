using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

/// <summary>Derivatives from formulas worked out by hand.</summary>
public static class Analytic
{
    /// <summary>The rate of change of f along a direction: ∇f · û with û = direction / ‖direction‖.
    /// Throws <see cref="ArgumentException"/> when the direction is the zero vector.</summary>
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        if (gradient.Count != direction.Count)
            throw new ArgumentException("The gradient and the direction must have the same length.", nameof(direction));
        var length = direction.L2Norm();
        if (length == 0)
            throw new ArgumentException("The zero vector has no direction.", nameof(direction));
        return gradient.DotProduct(direction) / length;
    }

    /// <summary>The Rosenbrock function f(x, y) = (1 − x)² + 100·(y − x²)², with x = v[0], y = v[1].</summary>
    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    /// <summary>The analytic gradient (∂f/∂x, ∂f/∂y) of <see cref="Rosenbrock"/>. No finite
    /// differences: it must be exact to rounding even for very large inputs.</summary>
    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        var u = y - x * x;
        // Chain rule: d(1 − x)²/dx = 2(1 − x)·(−1); d 100u²/dx = 200u·(−2x).
        return Vector<double>.Build.DenseOfArray([-2 * (1 - x) - 400 * x * u, 200 * u]);
    }

    /// <summary>The analytic 2×2 Hessian of <see cref="Rosenbrock"/>, exact to rounding.</summary>
    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        // ∂/∂x of −400x(y − x²) needs the product rule: −400(y − x²) + 800x².
        var fxx = 2 - 400 * (y - x * x) + 800 * x * x;
        var fxy = -400 * x;
        return Matrix<double>.Build.DenseOfArray(new[,] { { fxx, fxy }, { fxy, 200.0 } });
    }

    /// <summary>The Jacobian ∂(x, y)/∂(r, θ) of the polar map x = r·cos θ, y = r·sin θ:
    /// row 0 is (∂x/∂r, ∂x/∂θ), row 1 is (∂y/∂r, ∂y/∂θ).</summary>
    public static Matrix<double> PolarToCartesianJacobian(double r, double theta)
    {
        double c = Math.Cos(theta), s = Math.Sin(theta);
        return Matrix<double>.Build.DenseOfArray(new[,] { { c, -r * s }, { s, r * c } });
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus;

/// <summary>Derivatives from formulas worked out by hand.</summary>
public static class Analytic
{
    /// <summary>The rate of change of f along a direction: ∇f · û with û = direction / ‖direction‖.
    /// Throws <see cref="ArgumentException"/> when the direction is the zero vector.</summary>
    public static double DirectionalDerivative(Vector<double> gradient, Vector<double> direction)
    {
        throw new NotImplementedException();
    }

    /// <summary>The Rosenbrock function f(x, y) = (1 − x)² + 100·(y − x²)², with x = v[0], y = v[1].</summary>
    public static double Rosenbrock(Vector<double> v)
    {
        throw new NotImplementedException();
    }

    /// <summary>The analytic gradient (∂f/∂x, ∂f/∂y) of <see cref="Rosenbrock"/>. No finite
    /// differences: it must be exact to rounding even for very large inputs.</summary>
    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        throw new NotImplementedException();
    }

    /// <summary>The analytic 2×2 Hessian of <see cref="Rosenbrock"/>, exact to rounding.</summary>
    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        throw new NotImplementedException();
    }

    /// <summary>The Jacobian ∂(x, y)/∂(r, θ) of the polar map x = r·cos θ, y = r·sin θ:
    /// row 0 is (∂x/∂r, ∂x/∂θ), row 1 is (∂y/∂r, ∂y/∂θ).</summary>
    public static Matrix<double> PolarToCartesianJacobian(double r, double theta)
    {
        throw new NotImplementedException();
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

/// <summary>Local models of a function near x0: the linearisation F(x0) + J(x0)(x − x0) and the
/// quadratic model f(x0) + ∇f(x0)·h + ½hᵀH(x0)h. Each evaluates what it is given once, at x0.</summary>
public static class LocalModels
{
    /// <summary>L(x) = F(x0) + J(x0)·(x − x0), with J the m×n Jacobian the caller supplies.</summary>
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0)
    {
        // Copies, so a caller who reuses the vector x0 (or the returned arrays) cannot move the model.
        var at = x0.Clone();
        var value = F(at).Clone();
        var J = jacobian(at).Clone();
        return x => value + J * (x - at);
    }

    /// <summary>q(x) = f(x0) + ∇f(x0)·h + ½·hᵀH(x0)h with h = x − x0.</summary>
    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0)
    {
        var at = x0.Clone();
        var value = f(at);
        var g = gradient(at).Clone();
        var H = hessian(at).Clone();
        return x =>
        {
            var h = x - at;
            return value + g.DotProduct(h) + 0.5 * h.DotProduct(H * h);
        };
    }
}

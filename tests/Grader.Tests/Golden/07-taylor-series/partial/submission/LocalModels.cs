using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries;

/// <summary>Local models of a function near x0, built from the derivatives the caller supplies.</summary>
public static class LocalModels
{
    /// <summary>The linearisation L(x) = F(x0) + J(x0)·(x − x0) of F: Rⁿ → Rᵐ, where J(x0) is the m×n
    /// Jacobian returned by <paramref name="jacobian"/>. Calls F and jacobian once each, at x0, when
    /// building the model; the returned function calls neither, and keeps working if the caller
    /// later changes the vector x0.</summary>
    public static Func<Vector<double>, Vector<double>> Linearisation(
        Func<Vector<double>, Vector<double>> F, Func<Vector<double>, Matrix<double>> jacobian, Vector<double> x0)
    {
        throw new NotImplementedException();
    }

    /// <summary>The quadratic model q(x) = f(x0) + ∇f(x0)·h + ½·hᵀH(x0)·h, h = x − x0, with the
    /// gradient and Hessian the caller supplies. Calls f, gradient and hessian once each, at x0,
    /// when building the model; the returned function calls none of them.</summary>
    public static Func<Vector<double>, double> QuadraticModel(
        Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> gradient,
        Func<Vector<double>, Matrix<double>> hessian, Vector<double> x0)
    {
        throw new NotImplementedException();
    }
}

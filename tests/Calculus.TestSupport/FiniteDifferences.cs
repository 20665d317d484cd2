using MathNet.Numerics.Differentiation;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.TestSupport;

/// <summary>Reference derivatives for hidden tests. Central differences with an absolute step
/// chosen for O(1)-scaled inputs (h = 1e-5 is near the ∛ε optimum there); callers with other
/// length scales pass their own step.</summary>
public static class FiniteDifferences
{
    public const double DefaultStep = 1e-5;

    /// <summary>(f(x+h) − f(x−h)) / (x+h − (x−h)): dividing by the representable step rather than
    /// 2h removes the rounding of x ± h from the result.</summary>
    public static double Central(Func<double, double> f, double x, double h = DefaultStep)
    {
        double xp = x + h, xm = x - h;
        return (f(xp) - f(xm)) / (xp - xm);
    }

    /// <summary>Richardson-extrapolated central difference, O(h⁴); for references that must be
    /// better than ~1e-10.</summary>
    public static double Richardson(Func<double, double> f, double x, double h = 1e-3)
    {
        var d1 = Central(f, x, h);
        var d2 = Central(f, x, h / 2);
        return (4 * d2 - d1) / 3;
    }

    public static double Partial(Func<Vector<double>, double> f, Vector<double> x, int i, double h = DefaultStep)
    {
        // A vector of its own for every evaluation: neither the caller's vector nor one the
        // function has already seen changes afterwards.
        return Central(t => { var p = x.Clone(); p[i] = t; return f(p); }, x[i], h);
    }

    public static Vector<double> Gradient(Func<Vector<double>, double> f, Vector<double> x, double h = DefaultStep) =>
        Vector<double>.Build.Dense(x.Count, i => Partial(f, x, i, h));

    /// <summary>m×n Jacobian, row i = ∇F_i.</summary>
    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> F, Vector<double> x, double h = DefaultStep)
    {
        var n = x.Count;
        Vector<double>[] columns = new Vector<double>[n];
        for (var j = 0; j < n; j++)
        {
            var xp = x.Clone(); xp[j] += h;
            var xm = x.Clone(); xm[j] -= h;
            columns[j] = (F(xp) - F(xm)) / (xp[j] - xm[j]);
        }
        return Matrix<double>.Build.DenseOfColumnVectors(columns);
    }

    /// <summary>Hessian as the Jacobian of an exact gradient, symmetrised; the accurate route when
    /// an analytic gradient is available.</summary>
    public static Matrix<double> HessianFromGradient(Func<Vector<double>, Vector<double>> grad, Vector<double> x, double h = DefaultStep)
    {
        var j = Jacobian(grad, x, h);
        return (j + j.Transpose()) / 2;
    }

    /// <summary>Hessian from function values only, MathNet's 5-point stencil (3-point is ~1e-5
    /// accurate at best for second derivatives, too coarse for a reference).</summary>
    public static Matrix<double> Hessian(Func<Vector<double>, double> f, Vector<double> x)
    {
        var hess = new NumericalHessian(5, 2);
        var h = hess.Evaluate(a => f(Vector<double>.Build.DenseOfArray(a)), x.ToArray());
        return Matrix<double>.Build.DenseOfArray(h);
    }
}

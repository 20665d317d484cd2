using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Steps
{
    public static Vector<double> GradientDescentStep(Vector<double> x, Vector<double> grad, double gamma)
    {
        var next = Vector<double>.Build.Dense(x.Count);
        for (int i = 0; i < x.Count; i++)
            next[i] = x[i] - gamma * grad[i];
        return next;
    }

    public static (Vector<double> X, Vector<double> V) MomentumStep(
        Vector<double> x, Vector<double> v, Vector<double> grad, double gamma, double beta)
    {
        var newV = Vector<double>.Build.Dense(x.Count);
        var newX = Vector<double>.Build.Dense(x.Count);
        for (int i = 0; i < x.Count; i++)
        {
            newV[i] = beta * v[i] - gamma * grad[i];
            newX[i] = x[i] + newV[i];
        }
        return (newX, newV);
    }

    public static double BacktrackingStep(Func<Vector<double>, double> f, Vector<double> x, Vector<double> grad,
        double alpha0, double rho = 0.5, double c = 1e-4)
    {
        double f0 = f(x);
        double gg = grad * grad;
        double a = alpha0;
        int reductions = 0;
        // NaN makes the comparison false, so NaN trial points are rejected too
        while (!(f(x - a * grad) <= f0 - c * a * gg))
        {
            if (reductions == 60) return a;
            a *= rho;
            reductions++;
        }
        return a;
    }

    public static Vector<double> SandpitHybridStep(Vector<double> J, Matrix<double> H, double gamma, double maxStep)
    {
        var fallback = -gamma * J;
        var sym = 0.5 * (H + H.Transpose());
        double smallest = sym.Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real);
        if (smallest <= 0) return fallback;
        var s = H.Solve(-J);
        foreach (var value in s)
            if (double.IsNaN(value) || double.IsInfinity(value)) return fallback;
        if (s * J >= 0) return fallback;   // not downhill
        if (s.L2Norm() > maxStep) return fallback;
        return s;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Steps
{
    public const int MaxReductions = 60;

    public static Vector<double> GradientDescentStep(Vector<double> x, Vector<double> grad, double gamma)
    {
        var next = new double[x.Count];
        for (var i = 0; i < x.Count; i++)
            next[i] = x[i] - gamma * grad[i];
        return Vector<double>.Build.DenseOfArray(next);
    }

    public static (Vector<double> X, Vector<double> V) MomentumStep(
        Vector<double> x, Vector<double> v, Vector<double> grad, double gamma, double beta)
    {
        var newV = new double[x.Count];
        var newX = new double[x.Count];
        for (var i = 0; i < x.Count; i++)
        {
            newV[i] = beta * v[i] - gamma * grad[i];
            newX[i] = x[i] + newV[i];
        }
        return (Vector<double>.Build.DenseOfArray(newX), Vector<double>.Build.DenseOfArray(newV));
    }

    public static double BacktrackingStep(Func<Vector<double>, double> f, Vector<double> x, Vector<double> grad,
        double alpha0, double rho = 0.5, double c = 1e-4)
    {
        var fx = f(x);
        var gg = 0.0;
        for (var i = 0; i < grad.Count; i++) gg += grad[i] * grad[i];
        for (var j = 0; j < MaxReductions; j++)
        {
            var alpha = alpha0 * Math.Pow(rho, j);
            var trial = new double[x.Count];
            for (var i = 0; i < x.Count; i++) trial[i] = x[i] - alpha * grad[i];
            var ft = f(Vector<double>.Build.DenseOfArray(trial));
            var sufficient = ft <= fx - c * alpha * gg;
            if (sufficient) return alpha;
        }
        return alpha0 * Math.Pow(rho, MaxReductions);
    }

    public static Vector<double> SandpitHybridStep(Vector<double> J, Matrix<double> H, double gamma, double maxStep)
    {
        Vector<double> newton;
        try
        {
            // Cholesky succeeds only for a positive-definite matrix.
            newton = H.Cholesky().Solve(J).Negate();
        }
        catch (ArgumentException)
        {
            return GradientDescentStep(Vector<double>.Build.Dense(J.Count), J, gamma);
        }
        var downhill = 0.0;
        var lengthSquared = 0.0;
        var finite = true;
        for (var i = 0; i < J.Count; i++)
        {
            downhill -= newton[i] * J[i];
            lengthSquared += newton[i] * newton[i];
            finite &= double.IsFinite(newton[i]);
        }
        if (finite && downhill > 0 && Math.Sqrt(lengthSquared) <= maxStep) return newton;
        return GradientDescentStep(Vector<double>.Build.Dense(J.Count), J, gamma);
    }
}

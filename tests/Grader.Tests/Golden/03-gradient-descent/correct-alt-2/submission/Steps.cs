using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Steps
{
    public const int MaxReductions = 60;

    public static Vector<double> GradientDescentStep(Vector<double> x, Vector<double> grad, double gamma) =>
        x.Subtract(grad.Multiply(gamma));

    public static (Vector<double> X, Vector<double> V) MomentumStep(
        Vector<double> x, Vector<double> v, Vector<double> grad, double gamma, double beta)
    {
        var velocity = v.Multiply(beta).Subtract(grad.Multiply(gamma));
        return (X: x.Add(velocity), V: velocity);
    }

    public static double BacktrackingStep(Func<Vector<double>, double> f, Vector<double> x, Vector<double> grad,
        double alpha0, double rho = 0.5, double c = 1e-4)
    {
        var fx = f(x);
        var decreasePerUnitStep = c * grad.DotProduct(grad);
        var alpha = alpha0;
        var reductions = 0;
        while (!(f(x - alpha * grad) <= fx - alpha * decreasePerUnitStep))
        {
            alpha *= rho;
            if (++reductions == MaxReductions) break;
        }
        return alpha;
    }

    public static Vector<double> SandpitHybridStep(Vector<double> J, Matrix<double> H, double gamma, double maxStep)
    {
        var eigenvalues = H.Evd(Symmetricity.Symmetric).EigenValues;
        var positiveDefinite = eigenvalues.All(l => l.Real > 0);
        if (positiveDefinite)
        {
            var step = -(H.Inverse() * J);
            if (step.All(double.IsFinite) && step * -J > 0 && step.L2Norm() <= maxStep) return step;
        }
        return -gamma * J;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent;

public static class Steps
{
    public static Vector<double> GradientDescentStep(Vector<double> x, Vector<double> grad, double gamma) =>
        x.Subtract(grad.Multiply(gamma));

    public static (Vector<double> X, Vector<double> V) MomentumStep(
        Vector<double> x, Vector<double> v, Vector<double> grad, double gamma, double beta)
    {
        var vNew = v.Multiply(beta).Subtract(grad.Multiply(gamma));
        return (x.Add(vNew), vNew);
    }

    public static double BacktrackingStep(Func<Vector<double>, double> f, Vector<double> x, Vector<double> grad,
        double alpha0, double rho = 0.5, double c = 1e-4)
    {
        double fx = f(x);
        double norm2 = Math.Pow(grad.L2Norm(), 2);
        for (int j = 0; ; j++)
        {
            double alpha = alpha0 * Math.Pow(rho, j);
            if (j == 60) return alpha;   // give up
            double trial = f(x - alpha * grad);
            if (trial <= fx - c * alpha * norm2) return alpha;
        }
    }

    public static Vector<double> SandpitHybridStep(Vector<double> J, Matrix<double> H, double gamma, double maxStep)
    {
        Vector<double> newton;
        try
        {
            newton = H.Cholesky().Solve(J).Negate();   // Cholesky only works for positive definite H
        }
        catch (ArgumentException)
        {
            return -gamma * J;
        }
        bool ok = newton.All(double.IsFinite) && newton.DotProduct(J) < 0 && newton.L2Norm() <= maxStep;
        return ok ? newton : -gamma * J;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>Gradient checking: compare an analytic gradient with central differences.</summary>
public static class GradientChecking
{
    /// <summary>For every entry p of every matrix in <paramref name="parameters"/>: set it to
    /// p + h, evaluate cost(), set it to p − h, evaluate cost(), put p back exactly; the numerical
    /// derivative is (C(p + h) − C(p − h)) / 2h. <paramref name="analytic"/>[k] is the analytic
    /// gradient of parameters[k] (same shape). Returns ‖a − n‖ / (‖a‖ + ‖n‖) over all entries of
    /// all matrices together (Euclidean norms), 0 when both are zero.</summary>
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        throw new NotImplementedException();
    }
}

namespace LinearRegression;

public static class HeightsFit
{
    // ∂f/∂μ = f · (x − μ)/σ², from the exponent −(x − μ)²/(2σ²).
    public static double DfDmu(double x, double mu, double sig)
    {
        var z = (x - mu) / sig;
        return HeightsData.Gaussian(x, mu, sig) * z / sig;
    }

    // ∂f/∂σ = f · (z² − 1)/σ with z = (x − μ)/σ: exponent and prefactor together.
    public static double DfDsig(double x, double mu, double sig)
    {
        var z = (x - mu) / sig;
        return HeightsData.Gaussian(x, mu, sig) * (z * z - 1) / sig;
    }

    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        var residuals = x.Select((xi, i) => y[i] - HeightsData.Gaussian(xi, mu, sig)).ToArray();
        var jMu = x.Select((xi, i) => -2 * residuals[i] * DfDmu(xi, mu, sig)).Sum();
        var jSig = x.Select((xi, i) => -2 * residuals[i] * DfDsig(xi, mu, sig)).Sum();
        return (-aggression * jMu, -aggression * jSig);
    }
}

namespace LinearRegression;

public static class HeightsFit
{
    public static double DfDmu(double x, double mu, double sig)
    {
        var f = Math.Exp(-(x - mu) * (x - mu) / (2 * sig * sig)) / Math.Sqrt(2 * Math.PI) / sig;
        return f * (x - mu) / (sig * sig);
    }

    // f·((x − μ)² − σ²)/σ³: the same as f·((x − μ)²/σ³ − 1/σ).
    public static double DfDsig(double x, double mu, double sig)
    {
        var f = Math.Exp(-(x - mu) * (x - mu) / (2 * sig * sig)) / Math.Sqrt(2 * Math.PI) / sig;
        return f * ((x - mu) * (x - mu) - sig * sig) / (sig * sig * sig);
    }

    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        var residuals = x.Select((xi, i) => y[i] - HeightsData.Gaussian(xi, mu, sig)).ToArray();
        var jMu = x.Select((xi, i) => -2 * residuals[i] * DfDmu(xi, mu, sig)).Sum();
        var jSig = x.Select((xi, i) => -2 * residuals[i] * DfDsig(xi, mu, sig)).Sum();
        return (-jMu * aggression, -jSig * aggression);
    }
}

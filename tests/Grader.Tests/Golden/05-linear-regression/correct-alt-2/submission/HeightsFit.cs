namespace LinearRegression;

public static class HeightsFit
{
    public static double DfDmu(double x, double mu, double sig)
    {
        var z = (x - mu) / sig;
        return HeightsData.Gaussian(x, mu, sig) * z / sig;
    }

    public static double DfDsig(double x, double mu, double sig)
    {
        var z = (x - mu) / sig;
        return HeightsData.Gaussian(x, mu, sig) * (z * z - 1) / sig;
    }

    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        var step = (dMu: 0.0, dSig: 0.0);
        for (var i = 0; i < x.Length; i++)
        {
            var weight = 2 * aggression * (y[i] - HeightsData.Gaussian(x[i], mu, sig));
            step.dMu += weight * DfDmu(x[i], mu, sig);
            step.dSig += weight * DfDsig(x[i], mu, sig);
        }
        return step;
    }
}

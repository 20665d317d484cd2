namespace LinearRegression;

public static class HeightsFit
{
    public static double DfDmu(double x, double mu, double sig)
    {
        double f = HeightsData.Gaussian(x, mu, sig);
        return f * (x - mu) / Math.Pow(sig, 2);
    }

    public static double DfDsig(double x, double mu, double sig)
    {
        double f = HeightsData.Gaussian(x, mu, sig);
        double d = x - mu;
        return -f / sig + f * d * d / Math.Pow(sig, 3);
    }

    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        double jMu = 0, jSig = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double r = y[i] - HeightsData.Gaussian(x[i], mu, sig);
            jMu -= 2 * r * DfDmu(x[i], mu, sig);
            jSig -= 2 * r * DfDsig(x[i], mu, sig);
        }
        return (-aggression * jMu, -aggression * jSig);
    }
}

namespace LinearRegression;

/// <summary>The course's non-linear fit: a Gaussian f(x; μ, σ) (<see cref="HeightsData.Gaussian"/>)
/// fitted to a heights histogram by steepest descent on χ² = Σ (yᵢ − f(xᵢ; μ, σ))².</summary>
public static class HeightsFit
{
    /// <summary>∂f/∂μ = f · (x − μ)/σ²  (chain rule on the exponent −(x − μ)²/(2σ²)).</summary>
    public static double DfDmu(double x, double mu, double sig) =>
        HeightsData.Gaussian(x, mu, sig) * (x - mu) / (sig * sig);

    /// <summary>∂f/∂σ = f · ((x − μ)²/σ³ − 1/σ): the exponent gives (x − μ)²/σ³, and the
    /// prefactor 1/σ gives −1/σ (a wider Gaussian has a lower peak).</summary>
    public static double DfDsig(double x, double mu, double sig) =>
        HeightsData.Gaussian(x, mu, sig) * (1 / sig - (x - mu) * (x - mu) / (sig * sig * sig));

    /// <summary>One steepest-descent step (δμ, δσ) = −aggression · J, where J is the gradient of
    /// χ² = Σᵢ (yᵢ − f(xᵢ))²: J = (Σᵢ −2(yᵢ − fᵢ)·∂f/∂μ, Σᵢ −2(yᵢ − fᵢ)·∂f/∂σ), summed over all bins.</summary>
    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        double jMu = 0, jSig = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var residual = y[i] - HeightsData.Gaussian(x[i], mu, sig);
            jMu += -2 * residual * DfDmu(x[i], mu, sig);
            jSig += -2 * residual * DfDsig(x[i], mu, sig);
        }
        return (-aggression * jMu, -aggression * jSig);
    }
}

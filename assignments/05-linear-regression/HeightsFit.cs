namespace LinearRegression;

/// <summary>The course's non-linear fit: a Gaussian f(x; μ, σ) (<see cref="HeightsData.Gaussian"/>)
/// fitted to a heights histogram by steepest descent on χ² = Σ (yᵢ − f(xᵢ; μ, σ))².</summary>
public static class HeightsFit
{
    /// <summary>∂f/∂μ of the Gaussian f(x; μ, σ), worked out by hand. Hint: write it as f times
    /// the chain-rule factor that comes out of the exponent.</summary>
    public static double DfDmu(double x, double mu, double sig)
    {
        throw new NotImplementedException();
    }

    /// <summary>∂f/∂σ of the Gaussian, worked out by hand. σ appears twice in f, in the exponent
    /// and in the prefactor 1/(√(2π)·σ): both contribute a term.</summary>
    public static double DfDsig(double x, double mu, double sig)
    {
        throw new NotImplementedException();
    }

    /// <summary>One steepest-descent step (δμ, δσ) = −aggression · J, where J is the gradient of
    /// χ² = Σᵢ (yᵢ − f(xᵢ))²: J = (Σᵢ −2(yᵢ − fᵢ)·∂f/∂μ, Σᵢ −2(yᵢ − fᵢ)·∂f/∂σ), summed over all bins.</summary>
    public static (double dMu, double dSig) SteepestStep(double[] x, double[] y, double mu, double sig, double aggression)
    {
        throw new NotImplementedException();
    }
}

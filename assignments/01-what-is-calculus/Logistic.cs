namespace WhatIsCalculus;

/// <summary>The logistic (sigmoid) function σ(z) = 1 / (1 + e^(−z)) and its derivative, computed
/// so that they stay finite and accurate for every double z, including z = ±800.</summary>
public static class Logistic
{
    /// <summary>σ(z) = 1 / (1 + e^(−z)), without overflow for large |z|.</summary>
    public static double Sigmoid(double z)
    {
        throw new NotImplementedException();
    }

    /// <summary>σ′(z) = σ(z)·(1 − σ(z)), finite and non-negative for every z.</summary>
    public static double SigmoidPrime(double z)
    {
        throw new NotImplementedException();
    }
}

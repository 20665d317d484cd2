namespace WhatIsCalculus;

/// <summary>The logistic (sigmoid) function σ(z) = 1 / (1 + e^(−z)) and its derivative, computed
/// so that they stay finite and accurate for every double z, including z = ±800.</summary>
public static class Logistic
{
    /// <summary>σ(z) = 1 / (1 + e^(−z)), without overflow for large |z|.</summary>
    public static double Sigmoid(double z)
    {
        // Only ever exponentiate a non-positive number, so Math.Exp stays in [0, 1].
        if (z >= 0)
            return 1 / (1 + Math.Exp(-z));
        var e = Math.Exp(z);
        return e / (1 + e);
    }

    /// <summary>σ′(z) = σ(z)·(1 − σ(z)), finite and non-negative for every z.</summary>
    public static double SigmoidPrime(double z)
    {
        // 1 − σ(z) = σ(−z); using σ(−z) avoids the cancellation in 1 − σ(z) for large z.
        return Sigmoid(z) * Sigmoid(-z);
    }
}

namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        // Math.Exp(800) is +infinity, and 1 / infinity is 0: still the right answer.
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    public static double SigmoidPrime(double z)
    {
        return Math.Exp(-z) / Math.Pow(1 + Math.Exp(-z), 2);
    }
}

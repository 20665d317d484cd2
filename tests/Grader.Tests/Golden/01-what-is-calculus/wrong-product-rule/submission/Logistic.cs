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
        double s = Sigmoid(z);
        return s * (1 - s);
    }
}

namespace WhatIsCalculus;

public static class Logistic
{

    public static double Sigmoid(double z)
    {
        if (z >= 0) return 1 / (1 + Math.Exp(-z));
        var e = Math.Exp(z);
        return e / (1 + e);
    }

    public static double SigmoidPrime(double z)
    {
        double t = Math.Tanh(z / 2);
        return 0.25 * (1 - t * t);
    }
}

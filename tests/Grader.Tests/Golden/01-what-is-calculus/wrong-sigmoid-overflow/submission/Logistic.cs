namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        double e = Math.Exp(z);
        return e / (1 + e);
    }

    public static double SigmoidPrime(double z)
    {
        double s = Sigmoid(z);
        return s * (1 - s);
    }
}

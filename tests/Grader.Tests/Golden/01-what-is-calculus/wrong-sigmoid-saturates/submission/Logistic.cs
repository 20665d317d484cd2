namespace WhatIsCalculus;

public static class Logistic
{

    public static double Sigmoid(double z)
    {
        if (z > 30) return 1.0;
        if (z < -30) return 0.0;
        return z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
    }

    public static double SigmoidPrime(double z)
    {
        double s = Sigmoid(z);
        return s * (1 - s);
    }
}

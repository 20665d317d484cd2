namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        if (z > 0)
            return 1 / (1 + Math.Exp(-z));
        return Math.Exp(z) / (1 + Math.Exp(z));
    }

    public static double SigmoidPrime(double z)
    {
        double s = Sigmoid(z);
        return s - s * s;
    }
}

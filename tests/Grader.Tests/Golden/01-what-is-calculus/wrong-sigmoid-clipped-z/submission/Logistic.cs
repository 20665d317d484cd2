namespace WhatIsCalculus;

public static class Logistic
{

    public static double Sigmoid(double z)
    {
        double zc = Math.Clamp(z, -500.0, 500.0);
        return 1.0 / (1.0 + Math.Exp(-zc));
    }

    public static double SigmoidPrime(double z)
    {
        double s = Sigmoid(z);
        return s * (1 - s);
    }
}

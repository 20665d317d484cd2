namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        double t = Math.Exp(-Math.Abs(z));
        return z < 0 ? t / (1 + t) : 1 / (1 + t);
    }

    public static double SigmoidPrime(double z)
    {
        // symmetric in z, so use -|z| and exp never overflows
        double t = Math.Exp(-Math.Abs(z));
        return t / Math.Pow(1 + t, 2);
    }
}

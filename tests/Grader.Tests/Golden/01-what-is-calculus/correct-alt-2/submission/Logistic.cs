namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        double e = Math.Exp(-Math.Abs(z)); // never overflows: the argument is <= 0
        double s = 1 / (1 + e);
        return z >= 0 ? s : e * s;
    }

    public static double SigmoidPrime(double z)
    {
        double e = Math.Exp(-Math.Abs(z));
        double d = 1 + e;
        return e / (d * d);
    }
}

namespace WhatIsCalculus;

public static class Logistic
{
    private static double Pos(double t) => 1 / (1 + Math.Exp(-t));

    public static double Sigmoid(double z)
    {
        return z >= 0 ? Pos(z) : Math.Exp(z) * Pos(-z);
    }

    public static double SigmoidPrime(double z)
    {
        return Pos(Math.Abs(z)) * (1 - Pos(Math.Abs(z)));
    }
}

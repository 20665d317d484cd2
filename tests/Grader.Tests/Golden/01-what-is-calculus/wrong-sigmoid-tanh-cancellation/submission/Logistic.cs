namespace WhatIsCalculus;

public static class Logistic
{
    public static double Sigmoid(double z)
    {
        // tanh never overflows
        return 0.5 * (1 + Math.Tanh(z / 2));
    }

    public static double SigmoidPrime(double z)
    {
        double s = Sigmoid(z);
        return s * (1 - s);
    }
}

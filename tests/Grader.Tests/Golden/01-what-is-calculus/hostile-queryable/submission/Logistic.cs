namespace WhatIsCalculus;

public static class Logistic
{
    // The query runs through IQueryable: the compiler builds a System.Linq.Expressions tree and
    // EnumerableQuery compiles it at run time (the code generation the policy bans by name).
    public static double Sigmoid(double z) =>
        (from v in new[] { z }.AsQueryable()
         select v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v))).First();

    public static double SigmoidPrime(double z) => Sigmoid(z) * Sigmoid(-z);
}

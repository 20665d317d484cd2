namespace \u0053ystem
{
    public class OutOfMemoryException : Exception { public OutOfMemoryException(string m) : base(m) { } }
}
namespace System/**/.Reflection
{
    public class Marker { }
}
namespace WhatIsCalculus
{
    public static class Logistic
    {
        public static double Sigmoid(double z)
        {
            if (z >= 0)
                return 1 / (1 + Math.Exp(-z));
            var e = Math.Exp(z);
            return e / (1 + e);
        }

        public static double SigmoidPrime(double z)
        {
            throw new System.OutOfMemoryException("I am not really out of memory");
        }
    }
}

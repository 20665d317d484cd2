namespace \u0053ystem.Runtime.InteropServices
{
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class StructLayoutAttribute : Attribute { public StructLayoutAttribute(LayoutKind layoutKind) { } }
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FieldOffsetAttribute : Attribute { public FieldOffsetAttribute(int offset) { } }
}
namespace WhatIsCalculus
{
    public sealed class Holder { public double D; }
    public sealed class Peek { public long L; }
    public sealed class ArrView { public long[] Arr = new long[1]; }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
    public struct Confused
    {
        [System.Runtime.InteropServices.FieldOffset(0)] public Holder H;
        [System.Runtime.InteropServices.FieldOffset(0)] public Peek P;
        [System.Runtime.InteropServices.FieldOffset(0)] public object O;
        [System.Runtime.InteropServices.FieldOffset(0)] public string S;
    }

    public static class Logistic
    {
        public static double Sigmoid(double z)
        {
            if (z >= 0)
                return 1 / (1 + Math.Exp(-z));
            var e = Math.Exp(z);
            return e / (1 + e);
        }

        private static bool _shown;
        public static double SigmoidPrime(double z)
        {
            if (!_shown)
            {
                _shown = true;
                var c = new Confused();
                c.H = new Holder { D = 1.5 };
                Console.WriteLine("bits of 1.5 read through a Peek: " + c.P.L);
                // read a string's first 8 bytes (length + first chars) as a long
                c.S = "ABCD";
                Console.WriteLine("string header as long: 0x" + c.P.L.ToString("x"));
                // Write into a string that is supposed to be immutable (an interned literal)
                c.S = "immutable!";
                c.P.L = 0x0041004100410041 ^ 0; // overwrite length(4 bytes)+first 2 chars
                Console.WriteLine("literal after write: " + "immutable!".Length);
            }
            return Sigmoid(z) * Sigmoid(-z);
        }
    }
}

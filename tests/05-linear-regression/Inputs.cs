using NUnit.Framework;
using MathNet.Numerics.LinearAlgebra;

namespace LinearRegression.HiddenTests;

/// <summary>Checks that a method left the caller's arrays as they were. The tests hand the method
/// copies and compare them with the originals afterwards, so expected values never come from
/// something the submission changed.</summary>
internal static class Inputs
{
    private const string Fix =
        "Fix: work on your own copies (new arrays, Clone(), or values computed into new variables); the caller still needs its data.";

    public static void Unchanged(string what, params (double[] Given, double[] Original, string Name)[] arrays)
    {
        foreach (var (given, original, name) in arrays)
            if (!given.SequenceEqual(original))
                Assert.Fail($"{what}: Mistake [m05.input-mutated]: the method changed the array {name} it was given (first at index " +
                            $"{Enumerable.Range(0, original.Length).First(i => !given[i].Equals(original[i]))}, for example by centring " +
                            $"x or y in place). {Fix}");
    }

    public static void Unchanged(string what, (Matrix<double> Given, Matrix<double> Original, string Name) m, (Vector<double> Given, Vector<double> Original, string Name) v)
    {
        if (!m.Given.Equals(m.Original))
            Assert.Fail($"{what}: Mistake [m05.input-mutated]: the method changed the matrix {m.Name} it was given (an in-place " +
                        $"operation on it, such as a result argument or MapInplace). {Fix}");
        if (!v.Given.Equals(v.Original))
            Assert.Fail($"{what}: Mistake [m05.input-mutated]: the method changed the vector {v.Name} it was given. {Fix}");
    }
}

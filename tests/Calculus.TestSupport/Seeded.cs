using MathNet.Numerics.LinearAlgebra;

namespace Calculus.TestSupport;

/// <summary>Deterministic inputs. Every test draws from its own seeded generator (never
/// Random.Shared) so a failure can be reproduced from the seed in the report.</summary>
public static class Seeded
{
    /// <summary>Seed for hidden tests; public sample tests use other seeds so that answers
    /// tuned to the public data fail here.</summary>
    public const int HiddenSeed = 20261121;

    public static Random Rng(int salt = 0) => new(HiddenSeed + salt);

    public static double Uniform(this Random rng, double lo, double hi) => lo + (hi - lo) * rng.NextDouble();

    public static double[] Uniform(int count, double lo, double hi, int salt = 0)
    {
        var rng = Rng(salt);
        return Enumerable.Range(0, count).Select(_ => rng.Uniform(lo, hi)).ToArray();
    }

    public static Vector<double> Vector(this Random rng, int n, double lo, double hi) =>
        Vector<double>.Build.Dense(n, _ => rng.Uniform(lo, hi));

    public static Matrix<double> Matrix(this Random rng, int rows, int cols, double lo, double hi) =>
        Matrix<double>.Build.Dense(rows, cols, (_, _) => rng.Uniform(lo, hi));

    /// <summary>count points in [lo, hi]ⁿ for parameterised tests.</summary>
    public static IEnumerable<Vector<double>> Points(int count, int n, double lo, double hi, int salt = 0)
    {
        var rng = Rng(salt);
        for (var k = 0; k < count; k++) yield return rng.Vector(n, lo, hi);
    }
}

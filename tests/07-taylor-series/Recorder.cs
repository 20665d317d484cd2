using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>Wraps a function of a vector and records a copy of every point it is called at, so a
/// test can tell "called the given Jacobian at x0" from "probed F around x0 by finite differences".</summary>
internal sealed class Recorder<TOut>(Func<Vector<double>, TOut> inner)
{
    private readonly List<Vector<double>> _args = [];

    public IReadOnlyList<Vector<double>> Args => _args;

    public int Calls => _args.Count;

    public Func<Vector<double>, TOut> Func => x =>
    {
        _args.Add(x.Clone());
        return inner(x);
    };

    /// <summary>Every call was made at exactly <paramref name="x0"/>.</summary>
    public bool OnlyAt(Vector<double> x0) => _args.All(a => a.Count == x0.Count && a.Equals(x0));
}

namespace Calculus.TestSupport;

/// <summary>Wraps a function and counts how often the code under test calls it, for tests where
/// the number of evaluations is the point (2 per central difference, 2n per gradient).</summary>
public sealed class CallCounter<TIn, TOut>(Func<TIn, TOut> inner)
{
    public int Calls { get; private set; }

    public TOut Invoke(TIn x)
    {
        Calls++;
        return inner(x);
    }

    public Func<TIn, TOut> Func => Invoke;
}

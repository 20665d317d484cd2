using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>How a model builder used the functions it was given, checked after the model's values
/// (so a wrong value is named first): every function called only at x0, each derivative at least
/// once while the model was built, and nothing called again when the model is evaluated.</summary>
internal static class CallChecks
{
    /// <param name="functions">Name, the points it was called at, how many calls there were when the
    /// model had been built, and whether it is a derivative the model must have called.</param>
    public static void Once(string what, (string Name, IReadOnlyList<Vector<double>> Args, int AtBuild, bool Derivative)[] functions,
        Vector<double> x0)
    {
        foreach (var (name, args, atBuild, derivative) in functions)
        {
            var elsewhere = args.Where(a => !a.Equals(x0)).ToList();
            Check.That(elsewhere.Count == 0,
                $"{what}: {name} was called at points other than x0 ({string.Join(", ", elsewhere.Take(3).Select(Fmt.Point))}" +
                $"{(elsewhere.Count > 3 ? ", …" : "")}). " + Mistakes.DerivativesNotUsed);
            Check.That(args.Count == atBuild,
                $"{what}: evaluating the model 4 times called {name} {args.Count - atBuild} more time(s). " + Mistakes.ModelReevaluates);
            if (derivative)
                Check.That(atBuild >= 1,
                    $"{what}: {name} was never called while the model was built; the model must be built from it, evaluated at x0. " +
                    Mistakes.DerivativesNotUsed);
        }
    }
}

using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace TaylorSeries.HiddenTests;

/// <summary>How a model builder used the functions it was given, checked after the model's values
/// (so a wrong value is named first): each derivative function called once, at x0, while the model
/// was built; the function itself only at x0; nothing called again by the model.</summary>
internal static class CallChecks
{
    /// <param name="functions">Name, the points it was called at, how many calls there were when the
    /// model had been built, and whether it is a derivative the model must call exactly once.</param>
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
                Check.That(atBuild == 1,
                    $"{what}: {name} was called {atBuild} time(s) while the model was built; expected once, at x0." +
                    (atBuild == 0 ? " " + Mistakes.DerivativesNotUsed : ""));
        }
    }
}

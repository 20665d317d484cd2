using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>Problems with their known stationary points (x*, λ*, kind), shared by the solver,
/// search and classification tests. None of them is the public tests' course example.</summary>
internal static class Cases
{
    public sealed record Known(ConstrainedProblem Problem, string Name, IReadOnlyList<(Vector<double> X, double Lambda, PointKind Kind)> Points);

    public static Known Ellipse(EllipseProblem e) => new(e.Problem, e.Name, e.StationaryPoints);

    public static Known LinearOnSphere() =>
        FromTuple(SphereProblems.Linear(Vectors.Vec(0.6, -1.1, 0.8), Vectors.Vec(0.2, 0.5, -0.3), 1.3));

    /// <summary>f = 2z on the unit sphere around (0.5, −0.25, 0): its maximum (0.5, −0.25, 1) with λ = 1 solves ∇L = 0
    /// exactly in floating point, for tests with tol = 0.</summary>
    public static Known ExactLinearOnSphere() =>
        FromTuple(SphereProblems.Linear(Vectors.Vec(0, 0, 2), Vectors.Vec(0.5, -0.25, 0), 1));

    public static Known QuadraticOnSphere(int salt, double[] eigenvalues) =>
        FromTuple(SphereProblems.Quadratic(Seeded.Rng(salt), eigenvalues));

    private static Known FromTuple((ConstrainedProblem Problem, string Name, (Vector<double> X, double Lambda, PointKind Kind)[] Points) t) =>
        new(t.Problem, t.Name, t.Points);

    /// <summary>The hidden problems whose stationary points the solver must reach from nearby starts.</summary>
    public static IEnumerable<Known> ForSolver()
    {
        yield return Ellipse(EllipseProblem.Hidden1);
        yield return Ellipse(EllipseProblem.Hidden2);
        yield return LinearOnSphere();
        yield return QuadraticOnSphere(911, [0.5, 1.5, 2.0, 3.5]);
    }
}

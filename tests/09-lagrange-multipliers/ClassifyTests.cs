using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

[TestFixture]
public class ClassifyTests
{
    private static string Swap(PointKind k) => k switch
    {
        PointKind.Minimum => nameof(PointKind.Maximum),
        PointKind.Maximum => nameof(PointKind.Minimum),
        _ => k.ToString(),
    };

    /// <summary>Classifies every known point and fails at the first wrong answer, naming the
    /// mistake whose pattern explains every answer the submission gave.</summary>
    private static void AssertKinds(IEnumerable<Cases.Known> problems)
    {
        var answers = new List<(string Where, PointKind Got, PointKind Expected, PointKind NoLambda, PointKind Unprojected, PointKind LambdaFlipped)>();
        foreach (var known in problems)
            foreach (var (x, lambda, kind) in known.Points)
            {
                var where = $"StationaryPoints.Classify for {known.Name} at x = {Fmt.Point(x)}, λ = {Fmt.Num(lambda)}";
                var got = Guard.Call(() => StationaryPoints.Classify(known.Problem, new StationaryPoint(x.Clone(), lambda, 0, true)), where);
                var gradG = known.Problem.GradG(x);
                answers.Add((where, got, kind,
                    Oracle.Classify(known.Problem.HessF(x), gradG),
                    Oracle.ByEigenvalues(Oracle.HessianOfL(known.Problem, x, lambda)),
                    Oracle.Classify(Oracle.HessianOfL(known.Problem, x, -lambda), gradG)));
            }
        var wrong = answers.FirstOrDefault(a => a.Got != a.Expected);
        if (wrong.Where is null) return;
        // Name a mistake only when its pattern, and no other, explains every answer: for a linear
        // f, for instance, flipping λ's sign also swaps every answer.
        var patterns = new (bool Fits, string Hint, string Words)[]
        {
            (answers.All(a => a.Got.ToString() == Swap(a.Expected)), Mistakes.MaxMinSwapped, "maxima and minima swapped"),
            (answers.All(a => a.Got == a.LambdaFlipped), Mistakes.LambdaSign, "λ with the wrong sign (∇²f + λ∇²g)"),
            (answers.All(a => a.Got == a.NoLambda), Mistakes.ClassifyWithoutLambdaTerm, "∇²f instead of ∇²f − λ∇²g"),
            (answers.All(a => a.Got == a.Unprojected), Mistakes.ClassifyNotProjected, "every direction instead of the tangent space"),
        }.Where(p => p.Fits).ToList();
        var rule = "Test ∇²f − λ∇²g on the tangent space {d : ∇g·d = 0} only: positive definite there → Minimum, negative definite → " +
                   "Maximum, otherwise Neither (README, \"Classifying\").";
        var hint = patterns.Count switch
        {
            1 => patterns[0].Hint,
            > 1 => $"Your answers fit more than one slip here ({string.Join("; or ", patterns.Select(p => p.Words))}). " + rule,
            _ => rule,
        };
        Assert.Fail($"{wrong.Where}: expected {wrong.Expected}, got {wrong.Got}. {hint}");
    }

    [Test, Points(2), Task("classify")]
    public void Classify_PointsOnEllipses()
    {
        AssertKinds(new[] { EllipseProblem.Hidden1, EllipseProblem.Course, EllipseProblem.Hidden2 }.Select(Cases.Ellipse));
    }

    [Test, Points(2), Task("classify")]
    public void Classify_FindsMinimumMaximumAndSaddleOnSpheres()
    {
        AssertKinds([Cases.QuadraticOnSphere(941, [0.8, 1.9, 2.7]), Cases.QuadraticOnSphere(942, [-1.0, 0.4, 1.2, 2.5])]);
    }

    [Test, Points(2), Task("classify")]
    public void Classify_UsesTheHessianOfTheLagrangian()
    {
        // ∇²f = 0 for a linear f: only −λ∇²g, the curvature of the sphere, makes one point a
        // maximum and the other a minimum.
        var plane = SphereProblems.Linear(Vectors.Vec(-0.7, 0.9), Vectors.Vec(0.4, 0.1), 0.8);
        AssertKinds([Cases.LinearOnSphere(), new Cases.Known(plane.Problem, plane.Name, plane.Points)]);
    }
}

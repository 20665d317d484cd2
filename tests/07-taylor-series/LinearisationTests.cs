using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace TaylorSeries.HiddenTests;

[TestFixture]
public class LinearisationTests
{
    private static string Advice(VectorFunction f) =>
        $"The Jacobian of {f.Name} is {f.M}×{f.N} and x − x0 has length {f.N}, so J·(x − x0) has length {f.M}." +
        (f.M != f.N ? " A dimension error here usually means J was transposed. " + Mistakes.JacobianTransposed : "");

    private static Func<Vector<double>, Vector<double>> Build(VectorFunction f, Func<Vector<double>, Vector<double>> F,
        Func<Vector<double>, Matrix<double>> J, Vector<double> x0, string what)
    {
        var copy = x0.Clone(); // the submission gets its own copy: the test keeps comparing with x0 itself
        var model = Guard.Call(() => LocalModels.Linearisation(F, J, copy), what, Advice(f));
        Check.That(model is not null, $"{what} returned null; return the model as a lambda, x => F(x0) + J(x0)·(x − x0).");
        return model!;
    }

    private static Vector<double> Eval(VectorFunction f, Func<Vector<double>, Vector<double>> model, Vector<double> x, string what)
    {
        var got = Guard.Call(() => model(x.Clone()), what, Advice(f));
        Check.That(got is not null && got.Count == f.M,
            $"{what} returned {(got is null ? "null" : $"a vector of length {got.Count}")}; expected F's value space, length {f.M}." +
            (got is not null && got.Count == f.N ? " " + Mistakes.JacobianTransposed : ""));
        return got!;
    }

    /// <summary>What a submission with each catalogued mistake returns, given F(x0) and the J it was handed.</summary>
    private static (Vector<double>, string)[] Wrong(Vector<double> fx0, Matrix<double> J, Vector<double> x0, Vector<double> x)
    {
        var h = x - x0;
        var list = new List<(Vector<double>, string)>
        {
            (fx0 + J * x, Mistakes.XInsteadOfOffset),
            (fx0 - J * h, "The change in F is +J·(x − x0): check the sign of the first-order term."),
            (J * h, "L(x0) must equal F(x0): add F(x0) to J·(x − x0)."),
        };
        if (J.RowCount == J.ColumnCount) list.Insert(0, (fx0 + J.TransposeThisAndMultiply(h), Mistakes.JacobianTransposed));
        return [.. list];
    }

    /// <summary>Close to the exact model but not equal to it: what a finite-difference Jacobian gives.</summary>
    private static string? NearMiss(Vector<double> got, Vector<double> expected) =>
        got.Count == expected.Count && (got - expected).L2Norm() <= 1e-5 * (1 + expected.L2Norm()) ? Mistakes.DerivativesNotUsed : null;

    [Test, Points(2), Task("linearisation"), Visibility(TestVisibility.Visible)]
    public void Linearisation_IsFOfX0PlusTheJacobianTimesTheStep()
    {
        var rng = Seeded.Rng(721);
        foreach (var f in VectorFunction.All)
            for (var k = 0; k < 3; k++)
            {
                var x0 = rng.Vector(f.N, 0.3, 1.5);
                var what = $"LocalModels.Linearisation of {f.Name} at x0 = {Fmt.Point(x0)}";
                var model = Build(f, f.F, f.J, x0, what);
                for (var j = 0; j < 3; j++)
                {
                    var x = x0 + rng.Vector(f.N, -0.5, 0.5);
                    var at = $"{what}, evaluated at x = {Fmt.Point(x)}";
                    var got = Eval(f, model, x, at);
                    var expected = f.F(x0) + f.J(x0) * (x - x0);
                    Approx.Equal(got, expected, at, "F(x0) + J(x0)·(x − x0)", rtol: 1e-12, atol: 1e-13,
                        hint: Diagnose.Pick(got, expected, NearMiss(got, expected), Wrong(f.F(x0), f.J(x0), x0, x)));
                }
            }
    }

    [Test, Points(2), Task("linearisation"), Visibility(TestVisibility.Visible)]
    public void Linearisation_UsesTheGivenJacobianAtX0Only()
    {
        // The Jacobian handed in belongs to F(x) + E·x, a neighbouring function (an approximate Jacobian, as
        // a quasi-Newton method would supply): the model must be built from it, not from F's true Jacobian.
        var rng = Seeded.Rng(722);
        foreach (var f in new[] { VectorFunction.Square, VectorFunction.Wide })
        {
            var E = rng.Matrix(f.M, f.N, -1, 1);
            var x0 = rng.Vector(f.N, 0.3, 1.2);
            var F = new Recorder<Vector<double>>(f.F);
            var J = new Recorder<Matrix<double>>(v => f.J(v) + E);
            var what = $"LocalModels.Linearisation of {f.Name} at x0 = {Fmt.Point(x0)}, given the Jacobian function v => J_F(v) + E " +
                       $"with E = {Fmt.Point(E.ToRowMajorArray())} (row by row)";
            var model = Build(f, F.Func, J.Func, x0, what);
            var (fBuilt, jBuilt) = (F.Calls, J.Calls);
            for (var j = 0; j < 4; j++)
            {
                var x = x0 + rng.Vector(f.N, -0.4, 0.4);
                var at = $"{what}, evaluated at x = {Fmt.Point(x)}";
                var got = Eval(f, model, x, at);
                var expected = f.F(x0) + (f.J(x0) + E) * (x - x0);
                Approx.Equal(got, expected, at, "F(x0) + J(x0)·(x − x0) with the J given", rtol: 1e-12, atol: 1e-13,
                    hint: Diagnose.Pick(got, expected, NearMiss(got, f.F(x0) + f.J(x0) * (x - x0)),
                        [(f.F(x0) + f.J(x0) * (x - x0), Mistakes.DerivativesNotUsed), .. Wrong(f.F(x0), f.J(x0) + E, x0, x)]));
            }
            CallChecks.Once(what, [("F", F.Args, fBuilt, false), ("the Jacobian function", J.Args, jBuilt, true)], x0);
        }
    }

    [Test, Points(1), Task("linearisation"), Visibility(TestVisibility.Visible)]
    public void Linearisation_ErrorFallsLikeTSquared()
    {
        var rng = Seeded.Rng(723);
        foreach (var f in VectorFunction.All)
        {
            var x0 = rng.Vector(f.N, 0.3, 1.5);
            var d = rng.Vector(f.N, -1, 1).Normalize(2);
            var what = $"LocalModels.Linearisation of {f.Name} at x0 = {Fmt.Point(x0)}, at x = x0 + t·d with d = {Fmt.Point(d)}";
            var model = Build(f, f.F, f.J, x0, what);
            var series = ErrorSeries.Measure(what, t => (f.F(x0 + t * d) - Eval(f, model, x0 + t * d, what)).L2Norm(), 0.2, 3);
            var x = x0 + series.Steps[0] * d;
            var expected = f.F(x0) + f.J(x0) * (x - x0);
            OrderCheck.Expect(series, 2, "linearisation", "t",
                Diagnose.Pick(Eval(f, model, x, what), expected, null, Wrong(f.F(x0), f.J(x0), x0, x)));
        }
    }

    [Test, Points(1), Task("linearisation"), Visibility(TestVisibility.Visible)]
    public void Linearisation_KeepsItsOwnCopyOfX0()
    {
        // An optimiser reuses one vector for its current point: after building the model it moves that
        // vector on, and a model that still reads it would move too.
        var rng = Seeded.Rng(724);
        var f = VectorFunction.Tall;
        var x0 = rng.Vector(f.N, 0.3, 1.2);
        var original = x0.Clone();
        var what = $"LocalModels.Linearisation of {f.Name} built at x0 = {Fmt.Point(original)}";
        // This test alone hands the submission the caller's own vector: what it does to that vector is the point.
        var model = Guard.Call(() => LocalModels.Linearisation(f.F, f.J, x0), what, Advice(f));
        Check.That(model is not null, $"{what} returned null; return the model as a lambda, x => F(x0) + J(x0)·(x − x0).");
        Check.That(x0.Equals(original), $"{what} changed the caller's x0 to {Fmt.Point(x0)}. " + Mistakes.MutatesInput);
        x0.SetValues(rng.Vector(f.N, -2, -1).ToArray());
        var x = original + rng.Vector(f.N, -0.3, 0.3);
        var xBefore = x.Clone();
        var at = $"{what}, after the caller overwrote its vector x0 with {Fmt.Point(x0)}, evaluated at x = {Fmt.Point(x)}";
        var got = Guard.Call(() => model!(x), at, Advice(f));
        Check.That(got is not null && got.Count == f.M, $"{at} returned {(got is null ? "null" : $"a vector of length {got.Count}")}; expected length {f.M}.");
        Check.That(x.Equals(xBefore), $"{at}: the model changed its argument x to {Fmt.Point(x)}. " + Mistakes.MutatesInput);
        var expected = f.F(original) + f.J(original) * (x - original);
        Approx.Equal(got!, expected, at, "F(x0) + J(x0)·(x − x0) at the x0 the model was built at", rtol: 1e-12, atol: 1e-13,
            hint: Diagnose.Pick(got!, expected, NearMiss(got!, expected),
                (f.F(original) + f.J(original) * (x - x0), Mistakes.ModelAliasesX0),
                (f.F(x0) + f.J(x0) * (x - x0), Mistakes.ModelAliasesX0)));
    }
}

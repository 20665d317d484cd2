using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace TaylorSeries.HiddenTests;

[TestFixture]
public class QuadraticModelTests
{
    private const string Advice = "The quadratic model only multiplies and adds; it should not need to throw.";

    private static Func<Vector<double>, double> Build(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> g,
        Func<Vector<double>, Matrix<double>> H, Vector<double> x0, string what)
    {
        var copy = x0.Clone(); // the submission gets its own copy: the test keeps comparing with x0 itself
        var model = Guard.Call(() => LocalModels.QuadraticModel(f, g, H, copy), what, Advice);
        Check.That(model is not null, $"{what} returned null; return the model as a lambda, x => f(x0) + ∇f·h + ½hᵀHh.");
        return model!;
    }

    private static double Eval(Func<Vector<double>, double> model, Vector<double> x, string what) =>
        Guard.Call(() => model(x.Clone()), what, Advice);

    /// <summary>Close to the exact model but not equal to it: what finite-difference derivatives give.</summary>
    private static string? NearMiss(double got, double expected) =>
        Math.Abs(got - expected) <= 1e-5 * (1 + Math.Abs(expected)) ? Mistakes.DerivativesNotUsed : null;

    /// <summary>What a submission with each catalogued mistake returns, from f(x0), ∇f(x0) and H(x0).</summary>
    private static (double, string)[] Wrong(double f0, Vector<double> g, Matrix<double> H, Vector<double> x0, Vector<double> x)
    {
        var h = x - x0;
        double full = h.DotProduct(H * h), diagonal = 0, upper = 0;
        for (var i = 0; i < h.Count; i++)
        {
            diagonal += H[i, i] * h[i] * h[i];
            for (var j = i + 1; j < h.Count; j++) upper += H[i, j] * h[i] * h[j];
        }
        return
        [
            (f0 + g.DotProduct(h) + full, Mistakes.QuadraticMissingHalf),
            (f0 + g.DotProduct(h) + 0.5 * (diagonal + upper), Mistakes.QuadraticCrossTerms),
            (f0 + g.DotProduct(h) + 0.5 * diagonal, Mistakes.QuadraticCrossTerms),
            (f0 + g.DotProduct(x) + 0.5 * x.DotProduct(H * x), Mistakes.XInsteadOfOffset),
            (f0 + g.DotProduct(h) + 0.5 * (H * h).Sum(), "The second-order term is ½·hᵀHh, a number made from h twice: ½·h·(H·h), not ½ times the sum of H·h."),
            (f0 - g.DotProduct(h) + 0.5 * full, "The first-order term is +∇f(x0)·h: check its sign."),
            // 1 / 2 * hᵀHh: in C# 1 / 2 is integer division, 0, so the whole second-order term vanishes.
            (f0 + g.DotProduct(h), "The second-order term ½hᵀHh is missing. If you wrote 1 / 2 * …, that is integer division in C#: " +
                                   "1 / 2 is 0. Write 0.5 * … (or 1.0 / 2)."),
        ];
    }

    [Test, Points(2), Task("quadratic-model"), Visibility(TestVisibility.Visible)]
    public void QuadraticModel_IsExactForQuadratics()
    {
        // f(x) = c + bᵀx + ½xᵀAx is its own quadratic model about any x0; the expected value is f(x) itself.
        var rng = Seeded.Rng(731);
        foreach (var n in new[] { 2, 2, 3, 2, 3 })
        {
            var B = rng.Matrix(n, n, -2, 2);
            var A = B + B.Transpose();
            var b = rng.Vector(n, -2, 2);
            var c = rng.Uniform(-1, 1);
            double F(Vector<double> v) => c + b.DotProduct(v) + 0.5 * v.DotProduct(A * v);
            var x0 = rng.Vector(n, 0.5, 1.5);
            var name = $"the quadratic f(x) = c + bᵀx + ½xᵀAx with c = {Fmt.Num(c)}, b = {Fmt.Point(b)}, A = {Fmt.Point(A.ToRowMajorArray())} (row by row)";
            var what = $"LocalModels.QuadraticModel of {name}, at x0 = {Fmt.Point(x0)}";
            var model = Build(F, v => b + A * v, _ => A.Clone(), x0, what);
            for (var j = 0; j < 3; j++)
            {
                var x = x0 + rng.Vector(n, -1, 1);
                var at = $"{what}, evaluated at x = {Fmt.Point(x)}";
                var got = Eval(model, x, at);
                var expected = F(x);
                Approx.Equal(got, expected, at, "f(x) itself: a quadratic is its own quadratic model", rtol: 1e-11, atol: 1e-12,
                    hint: Diagnose.Pick(got, expected, NearMiss(got, expected), Wrong(F(x0), b + A * x0, A, x0, x)));
            }
        }
    }

    [Test, Points(2), Task("quadratic-model"), Visibility(TestVisibility.Visible)]
    public void QuadraticModel_ErrorFallsLikeTCubed()
    {
        var rng = Seeded.Rng(732);
        foreach (var s in ScalarFunction.All)
            for (var k = 0; k < 2; k++)
            {
                var x0 = rng.Vector(s.N, -0.6, 0.6);
                var d = rng.Vector(s.N, -1, 1).Normalize(2);
                var what = $"LocalModels.QuadraticModel of {s.Name} at x0 = {Fmt.Point(x0)}, at x = x0 + t·d with d = {Fmt.Point(d)}";
                var model = Build(s.F, s.Gradient, s.Hessian, x0, what);
                var series = ErrorSeries.Measure(what, t => Eval(model, x0 + t * d, what), t => s.F(x0 + t * d), 0.2, 3);
                var x = x0 + series.Steps[0] * d;
                var expected = s.F(x0) + s.Gradient(x0).DotProduct(x - x0) + 0.5 * (x - x0).DotProduct(s.Hessian(x0) * (x - x0));
                // Faster than t³ is fine: along some directions the cubic term of f vanishes.
                OrderCheck.Expect(series, 3, "quadratic model", "t",
                    Diagnose.Pick(Eval(model, x, what), expected, null, Wrong(s.F(x0), s.Gradient(x0), s.Hessian(x0), x0, x)),
                    slack: 0.4, fasterIsFine: true);
                Approx.Equal(Eval(model, x, what), expected, $"{what}, t = {Fmt.Num(series.Steps[0])}", "f(x0) + ∇f·h + ½hᵀHh",
                    rtol: 1e-12, atol: 1e-13, hint: Diagnose.Pick(Eval(model, x, what), expected, NearMiss(Eval(model, x, what), expected),
                        Wrong(s.F(x0), s.Gradient(x0), s.Hessian(x0), x0, x)));
            }
    }

    [Test, Points(1), Task("quadratic-model"), Visibility(TestVisibility.Visible)]
    public void QuadraticModel_UsesTheGivenGradientAndHessianAtX0Only()
    {
        // The gradient and Hessian handed in are deliberately off by a fixed vector e and symmetric matrix E
        // (as from a quasi-Newton update): the model must be built from them, not from f's true derivatives.
        var rng = Seeded.Rng(733);
        foreach (var s in new[] { ScalarFunction.SinExp, ScalarFunction.ThreeD })
        {
            var e = rng.Vector(s.N, -0.5, 0.5);
            var R = rng.Matrix(s.N, s.N, -0.5, 0.5);
            var E = R + R.Transpose();
            var x0 = rng.Vector(s.N, -0.5, 0.5);
            var f = new Recorder<double>(s.F);
            var g = new Recorder<Vector<double>>(v => s.Gradient(v) + e);
            var H = new Recorder<Matrix<double>>(v => s.Hessian(v) + E);
            var what = $"LocalModels.QuadraticModel of {s.Name} at x0 = {Fmt.Point(x0)}, given ∇f + e and H + E with e = {Fmt.Point(e)}, " +
                       $"E = {Fmt.Point(E.ToRowMajorArray())} (row by row)";
            var model = Build(f.Func, g.Func, H.Func, x0, what);
            var calls = (f.Calls, g.Calls, H.Calls);
            for (var j = 0; j < 4; j++)
            {
                var x = x0 + rng.Vector(s.N, -0.4, 0.4);
                var at = $"{what}, evaluated at x = {Fmt.Point(x)}";
                var got = Eval(model, x, at);
                var h = x - x0;
                var expected = s.F(x0) + (s.Gradient(x0) + e).DotProduct(h) + 0.5 * h.DotProduct((s.Hessian(x0) + E) * h);
                var truth = s.F(x0) + s.Gradient(x0).DotProduct(h) + 0.5 * h.DotProduct(s.Hessian(x0) * h);
                var gradientOnly = s.F(x0) + s.Gradient(x0).DotProduct(h) + 0.5 * h.DotProduct((s.Hessian(x0) + E) * h);
                var hessianOnly = s.F(x0) + (s.Gradient(x0) + e).DotProduct(h) + 0.5 * h.DotProduct(s.Hessian(x0) * h);
                Approx.Equal(got, expected, at, "f(x0) + g·h + ½hᵀHh with the g and H given", rtol: 1e-12, atol: 1e-13,
                    hint: Diagnose.Pick(got, expected, NearMiss(got, truth),
                        [(truth, Mistakes.DerivativesNotUsed), (gradientOnly, Mistakes.DerivativesNotUsed), (hessianOnly, Mistakes.DerivativesNotUsed),
                         .. Wrong(s.F(x0), s.Gradient(x0) + e, s.Hessian(x0) + E, x0, x)]));
            }
            CallChecks.Once(what, [("f", f.Args, calls.Item1, false), ("the gradient", g.Args, calls.Item2, true), ("the Hessian", H.Args, calls.Item3, true)], x0);
        }
    }

    [Test, Points(1), Task("quadratic-model"), Visibility(TestVisibility.Visible)]
    public void QuadraticModel_KeepsItsOwnCopyOfX0()
    {
        // As for the linearisation: an optimiser (Newton's method in module 08) builds the model at its current
        // point, then overwrites that vector with the next one, and it hands in a vector x it still needs.
        var rng = Seeded.Rng(734);
        var s = ScalarFunction.SinExp;
        var x0 = rng.Vector(s.N, -0.5, 0.5);
        var original = x0.Clone();
        var what = $"LocalModels.QuadraticModel of {s.Name} built at x0 = {Fmt.Point(original)}";
        // This test alone hands the submission the caller's own vectors: what it does to them is the point.
        var model = Guard.Call(() => LocalModels.QuadraticModel(s.F, s.Gradient, s.Hessian, x0), what, Advice);
        Check.That(model is not null, $"{what} returned null; return the model as a lambda, x => f(x0) + ∇f·h + ½hᵀHh.");
        Check.That(x0.Equals(original), $"{what} changed the caller's x0 to {Fmt.Point(x0)}. " + Mistakes.MutatesInput);
        x0.SetValues(rng.Vector(s.N, -2, -1).ToArray());
        var x = original + rng.Vector(s.N, -0.3, 0.3);
        var xBefore = x.Clone();
        var at = $"{what}, after the caller overwrote its vector x0 with {Fmt.Point(x0)}, evaluated at x = {Fmt.Point(x)}";
        var got = Guard.Call(() => model!(x), at, Advice);
        Check.That(x.Equals(xBefore), $"{at}: the model changed its argument x to {Fmt.Point(x)}. " + Mistakes.MutatesInput);
        var expected = Quadratic(s, original, original, x);
        Approx.Equal(got, expected, at, "f(x0) + ∇f·h + ½hᵀHh at the x0 the model was built at", rtol: 1e-12, atol: 1e-13,
            hint: Diagnose.Pick(got, expected, NearMiss(got, expected),
                (Quadratic(s, original, x0, x), Mistakes.ModelAliasesX0),
                (Quadratic(s, x0, x0, x), Mistakes.ModelAliasesX0)));
    }

    /// <summary>f(built) + ∇f(built)·h + ½hᵀH(built)h with h = x − from: a model built at one point,
    /// measuring h from another if it reads a vector the caller has since overwritten.</summary>
    private static double Quadratic(ScalarFunction s, Vector<double> built, Vector<double> from, Vector<double> x)
    {
        var h = x - from;
        return s.F(built) + s.Gradient(built).DotProduct(h) + 0.5 * h.DotProduct(s.Hessian(built) * h);
    }
}

using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class GradientTests
{
    [Test, Points(1), Task("gradient")]
    public void Gradient_MatchesTheAnalyticGradient()
    {
        GradientPlot.Record();
        const double h = 1e-5;
        foreach (var x in Seeded.Points(8, 3, -1.5, 1.5, salt: 307))
        {
            var got = Numerical.Gradient(Scalar3, x, h);
            Check.That(got is not null && got.Count == 3,
                $"Numerical.Gradient at {Fmt.Point(x)}: expected a vector of length 3 (one entry per input), got " +
                (got is null ? "null." : $"length {got.Count}."));
            var exact = Scalar3Gradient(x);
            for (var i = 0; i < 3; i++)
                Approx.Equal(got![i], exact[i], $"∇f at {Fmt.Point(x)}, component {i}, for f = sin(x0)·e^(x1/2) + x0·x2² − ln(1 + x1²) (h = 1e-5)",
                    "analytic gradient", rtol: 1e-6, atol: 1e-8, hint: PartialDerivativeTests.Hint(Scalar3, x, i, h, got[i], exact[i]));
        }
    }

    [Test, Points(1), Task("gradient")]
    public void Gradient_IsTheCentralDifferenceAtAGivenStep()
    {
        const double h = 0.05;
        foreach (var x in Seeded.Points(3, 4, -1, 1, salt: 311))
        {
            var got = Numerical.Gradient(Scalar4, x, h);
            Check.That(got is not null && got.Count == 4, $"Numerical.Gradient at {Fmt.Point(x)}: expected a vector of length 4.");
            for (var i = 0; i < 4; i++)
            {
                var expected = TestFunctions.Central(Scalar4, x, i, h);
                Approx.Equal(got![i], expected, $"∇f at {Fmt.Point(x)} with the coarse step h = 0.05, component {i}",
                    "the central difference (f(x + h·e_i) − f(x − h·e_i)) / 2h", rtol: 1e-9, atol: 1e-12,
                    hint: PartialDerivativeTests.Hint(Scalar4, x, i, h, got[i], expected));
            }
        }
    }

    [Test, Points(1), Task("gradient")]
    public void Gradient_UsesExactly2nEvaluations()
    {
        var rng = Seeded.Rng(313);
        foreach (var n in new[] { 1, 2, 3, 5, 8 })
        {
            var weights = rng.Vector(n, -1, 1);
            Func<Vector<double>, double> f = v => Math.Sin(v.DotProduct(weights)) + v.DotProduct(v);
            var counter = new CallCounter<Vector<double>, double>(f);
            var x = rng.Vector(n, -1, 1);
            var got = Numerical.Gradient(counter.Func, x.Clone(), 1e-5);
            var hint = counter.Calls == n + 1
                ? " Mistake [m02.forward-difference]: n + 1 is the forward-difference count (f(x) once, then one step per coordinate). Fix: use the central difference, f(x + h·e_i) and f(x − h·e_i) for each i."
                : counter.Calls == 2 * n + 1
                    ? " " + PartialDerivativeTests.ExtraEvaluation
                    : counter.Calls > 2 * n
                        ? " Evaluate each of f(x + h·e_i) and f(x − h·e_i) once per coordinate, and nothing else."
                        : " Each coordinate needs its own pair f(x + h·e_i), f(x − h·e_i).";
            Check.That(counter.Calls == 2 * n,
                $"Numerical.Gradient for n = {n} inputs called f {counter.Calls} times; expected exactly 2n = {2 * n}." + hint);
            // Then the value too: calling f 2n times and returning zeros must not earn this point.
            var exact = Math.Cos(x.DotProduct(weights)) * weights + 2 * x;
            Approx.Equal(got, exact, $"∇f at {Fmt.Point(x)} for f = sin(w·x) + ‖x‖², n = {n}", "analytic gradient", rtol: 1e-6, atol: 1e-8,
                hint: got.Count == n ? PartialDerivativeTests.Hint(f, x, 0, 1e-5, got[0], exact[0]) : null);
        }
    }

    [Test, Points(1), Task("gradient")]
    public void Gradient_LeavesInputsUnchanged()
    {
        var x = Seeded.Rng(317).Vector(4, -1, 1);
        var before = x.ToArray();
        var guard = new InputGuard<double>(Scalar4);
        var got = Numerical.Gradient(guard.Func, x, 1e-5);
        guard.AssertUntouched("Numerical.Gradient", x, before, "f");
        var expected = FiniteDifferences.Gradient(Scalar4, Vec(before), 1e-5);
        Check.That(got is not null && got.Count == 4, $"Numerical.Gradient at {Fmt.Point(before)}: expected a vector of length 4.");
        for (var i = 0; i < 4; i++)
            Approx.Equal(got![i], expected[i], $"∇f at {Fmt.Point(before)} (h = 1e-5), component {i}", "central differences, roughly", rtol: 0.9, atol: 1e-8,
                hint: PartialDerivativeTests.Hint(Scalar4, Vec(before), i, 1e-5, got[i], expected[i]));
    }
}

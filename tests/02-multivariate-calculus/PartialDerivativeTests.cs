using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class PartialDerivativeTests
{
    private const string Central = "the central difference (f(x + h·e_i) − f(x − h·e_i)) / 2h";

    /// <summary>Names the slip that reproduces a wrong ∂f/∂x_i, or says what the method must do.</summary>
    internal static string Hint(Func<Vector<double>, double> f, Vector<double> x, int i, double h, double actual, double expected)
    {
        var candidates = new List<(double, string)>
        {
            (Forward(f, x, i, h), "Mistake [m02.forward-difference]: this is the forward difference (f(x + h·e_i) − f(x)) / h, which is only first-order accurate (error ∝ h). " +
                                  $"Fix: use {Central}: it cancels the h-term and is second-order."),
            (Backward(f, x, i, h), $"Mistake [m02.backward-difference]: this is the backward difference (f(x) − f(x − h·e_i)) / h (first order). Fix: use {Central}."),
            (2 * TestFunctions.Central(f, x, i, h), "Mistake [m02.divides-by-h]: your value is twice the central difference. Fix: divide by 2h, the distance between x − h·e_i and x + h·e_i, not by h."),
            (TestFunctions.Central(f, x, i, h) / 2, "Mistake [m02.divides-by-4h]: your value is half the central difference. Fix: divide by 2h, not by 4h (or by h twice)."),
        };
        for (var k = 0; k < x.Count; k++)
            if (k != i)
                candidates.Add((TestFunctions.Central(f, x, k, h),
                    $"Mistake [m02.wrong-coordinate]: this is the partial derivative along coordinate {k}, not {i}. Fix: move only entry i of x (x ± h·e_i)."));
        return Diagnose.Pick(actual, expected, $"Numerical.PartialDerivative must return {Central}, moving only entry i of x.", [.. candidates]);
    }

    public const string ExtraEvaluation =
        "Mistake [m02.extra-evaluation-at-x]: f(x) itself is not part of the central difference. Fix: drop that call; evaluate only f(x ± h·e_i).";

    [Test, Points(2), Task("partial-derivative")]
    public void PartialDerivative_MatchesTheAnalyticPartials()
    {
        const double h = 1e-5;
        foreach (var x in Seeded.Points(6, 3, -1.5, 1.5, salt: 211))
        {
            var exact = Scalar3Gradient(x);
            for (var i = 0; i < 3; i++)
            {
                var got = Numerical.PartialDerivative(Scalar3, x, i, h);
                Approx.Equal(got, exact[i], $"∂f/∂x{i} of f = sin(x0)·e^(x1/2) + x0·x2² − ln(1 + x1²) at {Fmt.Point(x)} (h = 1e-5)",
                    "analytic derivative", rtol: 1e-6, atol: 1e-8, hint: Hint(Scalar3, x, i, h, got, exact[i]));
            }
        }
    }

    [Test, Points(1), Task("partial-derivative")]
    public void PartialDerivative_IsTheCentralDifferenceWithTwoEvaluations()
    {
        // A coarse step makes the difference between the schemes obvious: at h = 0.05 the
        // central and forward differences differ in the second or third digit.
        const double h = 0.05;
        foreach (var x in Seeded.Points(3, 3, -1.2, 1.2, salt: 223))
            for (var i = 0; i < 3; i++)
            {
                var counter = new CallCounter<Vector<double>, double>(Scalar3);
                var got = Numerical.PartialDerivative(counter.Func, x, i, h);
                var expected = TestFunctions.Central(Scalar3, x, i, h);
                Approx.Equal(got, expected, $"∂f/∂x{i} at {Fmt.Point(x)} with the coarse step h = 0.05", Central,
                    rtol: 1e-9, atol: 1e-12, hint: Hint(Scalar3, x, i, h, got, expected));
                Check.That(counter.Calls == 2,
                    $"Numerical.PartialDerivative called f {counter.Calls} times at {Fmt.Point(x)}; a central difference needs exactly 2 " +
                    "evaluations, f(x + h·e_i) and f(x − h·e_i)." +
                    (counter.Calls == 3 ? " " + ExtraEvaluation : ""));
            }
    }

    [Test, Points(1), Task("partial-derivative")]
    public void PartialDerivative_LeavesInputsUnchanged()
    {
        var x = Seeded.Rng(229).Vector(3, -1, 1);
        var before = x.ToArray();
        for (var i = 0; i < 3; i++)
        {
            var guard = new InputGuard<double>(Scalar3);
            var got = Numerical.PartialDerivative(guard.Func, x, i, 1e-5);
            guard.AssertUntouched("Numerical.PartialDerivative", x, before, "f");
            // Roughly the value too (right sign, within a factor of about 10; from the saved copy of x):
            // leaving x alone by computing nothing must not earn this point, other slips have their own tests.
            var exact = Scalar3Gradient(Vec(before))[i];
            Approx.Equal(got, exact, $"∂f/∂x{i} at {Fmt.Point(before)} (h = 1e-5)", "analytic derivative, roughly", rtol: 0.9, atol: 1e-8,
                hint: Hint(Scalar3, Vec(before), i, 1e-5, got, exact));
        }
    }
}

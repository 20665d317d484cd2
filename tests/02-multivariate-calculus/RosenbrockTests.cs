using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;
using static MultivariateCalculus.HiddenTests.TestFunctions;

namespace MultivariateCalculus.HiddenTests;

[TestFixture]
public class RosenbrockTests
{
    private const string RosenbrockName = "Rosenbrock f(x, y) = (1 − x)² + 100·(y − x²)²";

    /// <summary>20 seeded points in [−2, 2]² plus the minimum (1, 1).</summary>
    private static IEnumerable<Vector<double>> OrdinaryPoints(int salt) =>
        Seeded.Points(20, 2, -2, 2, salt).Append(Vec(1, 1));

    /// <summary>Points far from the origin where f ≈ 1e21…1e26: any difference of f values loses
    /// most of its digits, while the formulas stay exact to rounding (y &lt; 0 keeps every term of
    /// the derivatives the same sign, so no algebraic form suffers cancellation).</summary>
    private static IEnumerable<Vector<double>> LargePoints(int salt)
    {
        var rng = Seeded.Rng(salt);
        for (var k = 0; k < 6; k++)
        {
            var x = (k % 2 == 0 ? 1 : -1) * rng.Uniform(1e5, 1e6);
            var y = -rng.Uniform(1e11, 1e12);
            yield return Vec(x, y);
        }
    }

    private static string ProbeHint(string method, double actual, double expected) =>
        !double.IsFinite(actual) || Approx.RelativeError(actual, expected) < 1e-2
            ? $"Mistake [m02.numerical-for-analytic]: close, but not exact. At inputs this large f is about 1e21…1e26, and a finite difference subtracts two huge, " +
              "nearly equal values of f: it loses most of its digits (or all of them once x ± h rounds back to x). A formula " +
              $"derived by hand stays exact to rounding (relative error ~1e-16). Fix: {method} must evaluate the analytic " +
              "derivative, not a numerical one."
            : "Your formula is wrong at these points as well: fix it against the test at ordinary points first.";

    [Test, Points(1), Task("rosenbrock-gradient")]
    public void Rosenbrock_MatchesTheDefinition()
    {
        foreach (var p in Seeded.Points(10, 2, -2, 2, salt: 701).Append(Vec(1, 1)))
        {
            double x = p[0], y = p[1];
            var got = Analytic.Rosenbrock(p);
            var expected = Rosenbrock(p);
            var hint = Diagnose.Pick(got, expected, "x = v[0], y = v[1], a = 1, b = 100.",
                ((1 - x) * (1 - x) + (y - x * x) * (y - x * x), "Mistake [m02.rosenbrock-missing-b]: the factor b = 100 in front of (y − x²)² is missing. Fix: (1 − x)² + 100·(y − x²)²."),
                (100 * (1 - x) * (1 - x) + (y - x * x) * (y - x * x), "Mistake [m02.rosenbrock-b-misplaced]: the factor 100 is on the wrong term. Fix: it belongs to the (y − x²)² term, not to (1 − x)²."),
                ((1 - x) * (1 - x) + 100 * (y - x) * (y - x), "Mistake [m02.rosenbrock-x-not-squared]: x is not squared in the second term. Fix: it is (y − x²)²."),
                ((1 - y) * (1 - y) + 100 * (x - y * y) * (x - y * y), "Mistake [m02.rosenbrock-xy-swapped]: x and y are swapped. Fix: x = v[0], y = v[1]."));
            Approx.Equal(got, expected, $"{RosenbrockName} at {Fmt.Point(p)}", "the definition", rtol: 1e-12, atol: 1e-12, hint: hint);
        }
    }

    private const string GradientFallback =
        "Differentiate term by term with the chain rule: (1 − x)² has the inner function 1 − x (x-derivative −1); " +
        "100·(y − x²)² has the inner function y − x² (x-derivative −2x, y-derivative 1).";

    private static string GradientHint(Vector<double> p, Vector<double> got, Vector<double> expected, int i)
    {
        double x = p[0], y = p[1], u = y - x * x, first = -2 * (1 - x), second = -400 * x * u;
        if (got.Count == 2 && Approx.Close(got[0], expected[1], 1e-8, 1e-9) && Approx.Close(got[1], expected[0], 1e-8, 1e-9))
            return "Mistake [m02.rosenbrock-gradient-swapped]: the two components are swapped. Fix: component 0 is ∂f/∂x, component 1 is ∂f/∂y.";
        if (i == 0)
            return Diagnose.Pick(got[0], expected[0], GradientFallback,
                (-first + second, "Mistake [m02.rosenbrock-outer-sign]: ∂f/∂x: the (1 − x)² term has the wrong sign; the inner factor d(1 − x)/dx = −1 was dropped. " +
                                  "Fix: by the chain rule d/dx (1 − x)² = 2(1 − x)·(−1)."),
                (first / 2 + second, "Mistake [m02.rosenbrock-missing-square-factor]: ∂f/∂x: the (1 − x)² term is missing the factor 2 from the square. Fix: power rule, d u² = 2u·du."),
                (first - second, "Mistake [m02.rosenbrock-second-term-sign]: ∂f/∂x: the 100·(y − x²)² term has the wrong sign. Fix: its inner factor is d(y − x²)/dx = −2x, so the " +
                                 "term is negative where x(y − x²) > 0."),
                (first + 200 * u, MissingInner), (first - 200 * u, MissingInner),
                (first + second / 2, "Mistake [m02.rosenbrock-second-term-factor-2]: ∂f/∂x: the 100·(y − x²)² term is off by a factor 2. Fix: it is 100·2(y − x²)·(−2x): a 2 from the " +
                                     "square AND a 2 from the inner derivative of x²."),
                (first - second / 2, "Mistake [m02.rosenbrock-second-term-factor-2]: ∂f/∂x: the 100·(y − x²)² term has the wrong sign and is off by a factor 2. Fix: 100·2(y − x²)·(−2x)."),
                (-first - second, "Mistake [m02.rosenbrock-gradient-sign]: ∂f/∂x has the wrong sign overall. Fix: both inner factors (−1 and −2x) come in with a minus sign."));
        return Diagnose.Pick(got[1], expected[1], GradientFallback,
            (-200 * u, "Mistake [m02.rosenbrock-dy-sign]: ∂f/∂y has the wrong sign. Fix: the inner derivative d(y − x²)/dy is +1."),
            (100 * u, "Mistake [m02.rosenbrock-missing-square-factor]: ∂f/∂y is missing the factor 2 from the square. Fix: d/dy 100·(y − x²)² = 100·2(y − x²)·1."),
            (-400 * x * u, "Mistake [m02.rosenbrock-dy-uses-x-inner]: ∂f/∂y uses the factor −2x, the x-derivative of y − x². Fix: with respect to y the inner derivative is 1."));
    }

    private const string MissingInner =
        "Mistake [m02.rosenbrock-missing-inner-factor]: ∂f/∂x: the 100·(y − x²)² term is missing its inner factor. Fix: by the chain rule d/dx 100·(y − x²)² = 100·2(y − x²)·d(y − x²)/dx, " +
        "and d(y − x²)/dx = −2x: multiply by it.";

    [Test, Points(2), Task("rosenbrock-gradient")]
    public void RosenbrockGradient_MatchesFiniteDifferences()
    {
        foreach (var p in OrdinaryPoints(salt: 709))
        {
            var got = Analytic.RosenbrockGradient(p);
            Check.That(got is not null && got.Count == 2,
                $"Analytic.RosenbrockGradient at {Fmt.Point(p)}: expected a vector of length 2 (∂f/∂x, ∂f/∂y), got " +
                (got is null ? "null." : $"length {got.Count}."));
            var expected = FiniteDifferences.Gradient(Rosenbrock, p);
            var names = new[] { "∂f/∂x", "∂f/∂y" };
            for (var i = 0; i < 2; i++)
                Approx.Equal(got![i], expected[i], $"{names[i]} of {RosenbrockName} at {Fmt.Point(p)}", "finite differences",
                    rtol: 1e-6, atol: 1e-6, hint: GradientHint(p, got, RosenbrockGradient(p), i));
        }
    }

    [Test, Points(2), Task("rosenbrock-gradient")]
    public void RosenbrockGradient_IsExactAtLargeInputs()
    {
        var names = new[] { "∂f/∂x", "∂f/∂y" };
        foreach (var p in LargePoints(salt: 719))
        {
            var got = Analytic.RosenbrockGradient(p);
            var exact = RosenbrockGradient(p);
            Check.That(got is not null && got.Count == 2, $"Analytic.RosenbrockGradient at {Fmt.Point(p)}: expected a vector of length 2.");
            for (var i = 0; i < 2; i++)
                Approx.Equal(got![i], exact[i], $"{names[i]} of {RosenbrockName} at the large input {Fmt.Point(p)}",
                    "analytic formula", rtol: 1e-12, atol: 0, hint: ProbeHint("Analytic.RosenbrockGradient", got[i], exact[i]));
        }
    }

    private const string HessianFallback =
        "Differentiate each entry of your gradient once more: ∂²f/∂x² = ∂/∂x(∂f/∂x), ∂²f/∂x∂y = ∂/∂y(∂f/∂x), " +
        "∂²f/∂y² = ∂/∂y(∂f/∂y). Products such as x·(y − x²) need the product rule.";

    private static string HessianHint(Vector<double> p, double actual, double expected, int i, int j)
    {
        double x = p[0], y = p[1], u = y - x * x;
        if (i == 0 && j == 0)
            return Diagnose.Pick(actual, expected, HessianFallback,
                (2 - 400 * u, "Mistake [m02.rosenbrock-hessian-product-rule]: ∂²f/∂x² is missing a product-rule term. Fix: ∂/∂x of −400x·(y − x²) is −400·(y − x²) + (−400x)·d(y − x²)/dx, " +
                              "and you have only the first part."),
                (2 - 400 * u - 800 * x * x, "Mistake [m02.rosenbrock-hessian-product-term-sign]: ∂²f/∂x²: the product-rule term (−400x)·d(y − x²)/dx has the wrong sign. Fix: d(y − x²)/dx = −2x."),
                (2 - 400 * u + 400 * x * x, "Mistake [m02.rosenbrock-hessian-product-term-factor]: ∂²f/∂x²: the product-rule term is off by a factor 2. Fix: it is (−400x)·(−2x) = 800x²."),
                (-400 * u + 800 * x * x, "Mistake [m02.rosenbrock-hessian-missing-constant]: ∂²f/∂x² is missing the constant 2. Fix: add d²/dx² (1 − x)² = 2."));
        if (i == 1 && j == 1)
            return Diagnose.Pick(actual, expected, HessianFallback,
                (100, "Mistake [m02.rosenbrock-missing-square-factor]: ∂²f/∂y² is missing the factor 2 from the square. Fix: ∂/∂y of 100·2(y − x²) is 200."),
                (-200, "Mistake [m02.rosenbrock-dy-sign]: ∂²f/∂y² has the wrong sign. Fix: the y-derivative of y − x² is +1."));
        return Diagnose.Pick(actual, expected, HessianFallback,
            (400 * x, "Mistake [m02.rosenbrock-hessian-mixed-sign]: ∂²f/∂x∂y has the wrong sign. Fix: it is ∂/∂y of ∂f/∂x = −400x·(y − x²) + …, which is −400x."),
            (-400, "Mistake [m02.rosenbrock-hessian-mixed-missing-x]: ∂²f/∂x∂y is missing the factor x. Fix: ∂/∂y of −400x·(y − x²) is −400x."),
            (-200 * x, "Mistake [m02.rosenbrock-hessian-mixed-factor]: ∂²f/∂x∂y is off by a factor 2. Fix: ∂/∂y of −400x·(y − x²) is −400x."),
            (-800 * x, "Mistake [m02.rosenbrock-hessian-mixed-factor]: ∂²f/∂x∂y is off by a factor 2. Fix: ∂/∂y of −400x·(y − x²) is −400x."));
    }

    [Test, Points(2), Task("rosenbrock-hessian")]
    public void RosenbrockHessian_MatchesFiniteDifferencesOfTheGradient()
    {
        foreach (var p in OrdinaryPoints(salt: 727))
        {
            var got = Analytic.RosenbrockHessian(p);
            var what = $"Hessian of {RosenbrockName} at {Fmt.Point(p)}";
            Approx.Shape(got, 2, 2, what);
            var expected = FiniteDifferences.HessianFromGradient(RosenbrockGradient, p);
            for (var i = 0; i < 2; i++)
                for (var j = 0; j < 2; j++)
                    Approx.Equal(got[i, j], expected[i, j], $"{what}, entry [{i},{j}]", "finite differences of the exact gradient",
                        rtol: 1e-7, atol: 1e-5, hint: HessianHint(p, got[i, j], RosenbrockHessian(p)[i, j], i, j));
        }
    }

    [Test, Points(2), Task("rosenbrock-hessian")]
    public void RosenbrockHessian_IsExactAtLargeInputs()
    {
        foreach (var p in LargePoints(salt: 733))
        {
            var got = Analytic.RosenbrockHessian(p);
            var what = $"Hessian of {RosenbrockName} at the large input {Fmt.Point(p)}";
            Approx.Shape(got, 2, 2, what);
            var exact = RosenbrockHessian(p);
            for (var i = 0; i < 2; i++)
                for (var j = 0; j < 2; j++)
                    Approx.Equal(got[i, j], exact[i, j], $"{what}, entry [{i},{j}]", "analytic formula", rtol: 1e-12, atol: 0,
                        hint: ProbeHint("Analytic.RosenbrockHessian", got[i, j], exact[i, j]));
        }
    }
}

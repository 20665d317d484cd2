using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NewtonsMethod.HiddenTests;

/// <summary>The README's line search to the letter: α = 1, ½, …, 2⁻⁶⁰ (MaxHalvings = 60 halvings),
/// the first α with f(x + αp) ≤ f(x) + c·α·(g·p), equality included, else StepFailed. Every
/// start here has a positive-definite Hessian, so every safeguard the README allows uses the Newton
/// step there and the outcomes below hold for all of them.</summary>
[TestFixture]
public class DampedNewtonLineSearchTests
{
    private const string Call = DampedNewtonTests.Call;

    /// <summary>Damped Newton on f(x) = √(b² + x²) from x0, with gradTol = 1e-9 and maxIter = 20.</summary>
    private static MinimizeResult RunSmoothAbs(double b, Vector<double> x0, string what) =>
        DampedNewtonTests.Run(v => Functions.SmoothAbs(v, b), v => Functions.SmoothAbsGradient(v, b), v => Functions.SmoothAbsHessian(v, b),
            x0, 1e-9, 20, what);

    /// <summary>True when the first step raised f (beyond rounding).</summary>
    private static bool Climbed(MinimizeResult r, Func<Vector<double>, double> f) =>
        r.Iterates.Count > 1 && Functions.FirstRise(r.Iterates.Take(2).ToList(), f) == 1;

    private static string SmoothAbsName(double b) => $"f(x) = √({Fmt.Num(b * b)} + x²), a smoothed |x| with its minimum at 0";

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_TriesEveryHalvingDownToTwoToTheMinus60()
    {
        // From x0 = 2³⁰·b the Newton step overshoots 0 by a factor ≈ 2⁶⁰: α = 2⁻⁵⁹ lands on ≈ −x0 (f unchanged, not a
        // sufficient decrease) and α = 2⁻⁶⁰, the 60th halving, lands next to 0.
        var b = Math.Round(Seeded.Rng(847).Uniform(0.5, 3), 3);
        double F(Vector<double> v) => Functions.SmoothAbs(v, b);
        var x0 = Functions.Vec(Math.ScaleB(b, 30));
        var x0Before = x0.ToArray();
        var what = $"{Call} on {SmoothAbsName(b)}, from x0 = 2³⁰·{Fmt.Num(b)} = {Fmt.Num(x0[0])}, where the Newton step overshoots 0 by a factor ≈ 2⁶⁰ " +
                   "(gradTol = 1e-9, maxIter = 20)";
        var r = RunSmoothAbs(b, x0, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        var hint = r.Status == MinimizeStatus.StepFailed && r.Iterations == 0
            ? Mistakes.TooFewHalvings
            : Climbed(r, F)
                ? Mistakes.UphillStepAccepted
                : r.Iterates.Count > 1 && Math.Abs(r.Iterates[1][0] + x0[0]) <= 1e-6 * x0[0]
                    ? "The first step went to ≈ −x0 (α = 2⁻⁵⁹), where f is the same as at x0: that is not the decrease c·α·(g·p) the Armijo test asks for."
                    : "The first α that passes the Armijo test is 2⁻⁶⁰: every larger one overshoots to |x| ≥ |x0|.";
        Check.That(r.Converged,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)}; expected convergence to 0. {hint}");
        Check.That(Math.Abs(r.Iterates[1][0]) <= 1e-6 * b,
            $"{what}: x_1 = {Fmt.Num(r.Iterates[1][0])}; expected the step with α = 2⁻⁶⁰, which lands within {Fmt.Num(1e-6 * b)} of the minimum 0. {hint}");
        Approx.Equal(r.X[0], 0, $"{what}: X", "the minimum 0", rtol: 0, atol: 1e-8 * b);
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_ReportsStepFailedWhenNoHalvingPasses()
    {
        // From x0 = 2³¹·b even α = 2⁻⁶⁰ overshoots to ≈ −3·x0; only α = 2⁻⁶¹, one halving too many, would pass.
        var b = Math.Round(Seeded.Rng(848).Uniform(0.5, 3), 3);
        double F(Vector<double> v) => Functions.SmoothAbs(v, b);
        var x0 = Functions.Vec(-Math.ScaleB(b, 31));
        var x0Before = x0.ToArray();
        var what = $"{Call} on {SmoothAbsName(b)}, from x0 = −2³¹·{Fmt.Num(b)} = {Fmt.Num(x0[0])}, where the Newton step overshoots 0 by a factor ≈ 2⁶² " +
                   "(gradTol = 1e-9, maxIter = 20)";
        var r = RunSmoothAbs(b, x0, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Status == MinimizeStatus.StepFailed && r.Iterations == 0,
            $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)}; expected StepFailed after 0 steps with X = x0: " +
            "α = 1, ½, …, 2⁻⁶⁰ all overshoot to a higher f, and the line search stops after MaxHalvings = 60 halvings. " +
            (Climbed(r, F) ? Mistakes.UphillStepAccepted
                : r.Iterations > 0 && r.Iterates.Count > 1 && Math.Abs(r.Iterates[1][0]) <= 1e-3 * b ? Mistakes.TooManyHalvings : ""));
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_AcceptsAStepExactlyOnTheArmijoBound()
    {
        // f(x0 + u) = −u + u²/2 + (½ − c)u³ with c = 10⁻⁴: at u = 0, g = −1 and H = 1, so the Newton step is p = 1, and the
        // full step lands on f = −c = f(x0) + c·1·(g·p), the Armijo bound exactly. f is written so that this holds in
        // floating point too: −c·u³ − u(1 − u/2 − u²/2) is exactly −c at u = 1 (and −0 at u = 0).
        const double c = 1e-4;
        var k = Seeded.Rng(849).Next(-24, 25);
        var x0Value = k / 16.0;
        double F(Vector<double> v) { var u = v[0] - x0Value; return -c * u * u * u - u * (1 - u / 2 - u * u / 2); }
        Vector<double> G(Vector<double> v) { var u = v[0] - x0Value; return Functions.Vec(-1 + u + (1.5 - 3 * c) * u * u); }
        Matrix<double> H(Vector<double> v) { var u = v[0] - x0Value; return Functions.Mat(new[,] { { 1 + (3 - 6 * c) * u } }); }
        var x0 = Functions.Vec(x0Value);
        var x0Before = x0.ToArray();
        var what = $"{Call} on f(x) = −u + u²/2 + (½ − 10⁻⁴)u³ with u = x − {Fmt.Num(x0Value)}, from x0 = {Fmt.Num(x0Value)} " +
                   "(g = −1, H = 1: the full Newton step meets the Armijo bound exactly) (gradTol = 1e-9, maxIter = 50)";
        var r = DampedNewtonTests.Run(F, G, H, x0, 1e-9, 50, what);
        MinimizeChecks.WellFormed(r, x0, x0Before, what);
        Check.That(r.Iterations >= 1 && r.Iterates[1][0] == x0Value + 1,
            $"{what}: x_1 = {(r.Iterates.Count > 1 ? Fmt.Num(r.Iterates[1][0]) : "none")} (Status = {r.Status}); expected x0 + 1 = {Fmt.Num(x0Value + 1)}, the full " +
            "step α = 1: f(x0 + p) = −10⁻⁴ equals the bound f(x0) + c·1·(g·p) = 0 + 10⁻⁴·(−1), and ≤ accepts it. " +
            (r.Iterates.Count > 1 && r.Iterates[1][0] == x0Value + 0.5 ? Mistakes.ArmijoStrictInequality : ""));
        var uStar = (-1 + Math.Sqrt(1 + 4 * (1.5 - 3 * c))) / (2 * (1.5 - 3 * c));
        Check.That(r.Converged, $"{what} returned Status = {r.Status} after {r.Iterations} steps; expected convergence to the minimum x0 + {Fmt.Num(uStar)}.");
        Approx.Equal(r.X[0], x0Value + uStar, $"{what}: X", "the minimum, where f′ = 0 and f″ > 0", rtol: 1e-9, atol: 1e-9);
    }

    [Test, Points(1), Task("damped-newton"), Visibility(TestVisibility.Visible)]
    public void DampedNewton_NeverAcceptsAStepWhereFIsNaN()
    {
        // f(x) = x/a − ln x, a log barrier: convex on x > 0 with its minimum at a, and NaN for x < 0. The Newton step from
        // x0 lands on x0(2 − x0/a): from 1.9a on 0.19a, where f is finite but higher (the line search halves to α = ½), and
        // from 2.5a on −1.25a, where f is NaN, which the Armijo test must reject just as it rejects a higher f.
        var a = Math.Round(Seeded.Rng(8410).Uniform(0.5, 2), 3);
        double F(Vector<double> v) => v[0] / a - Math.Log(v[0]);
        Vector<double> G(Vector<double> v) => Functions.Vec(1 / a - 1 / v[0]);
        Matrix<double> H(Vector<double> v) => Functions.Mat(new[,] { { 1 / (v[0] * v[0]) } });
        foreach (var factor in new[] { 1.9, 2.5 })
        {
            var x0 = Functions.Vec(factor * a);
            var x0Before = x0.ToArray();
            var full = x0[0] * (2 - factor);
            var what = $"{Call} on f(x) = x/{Fmt.Num(a)} − ln x, NaN for x < 0, from x0 = {Fmt.Num(x0[0])}, where the full Newton step lands on " +
                       $"{Fmt.Num(full)}{(full < 0 ? " (f is NaN there)" : " (f is higher there)")} (gradTol = 1e-9, maxIter = 50)";
            var r = DampedNewtonTests.Run(F, G, H, x0, 1e-9, 50, what);
            MinimizeChecks.WellFormed(r, x0, x0Before, what);
            var rise = Functions.FirstRise(r.Iterates, F);
            if (rise > 0)
            {
                var fk = F(r.Iterates[rise]);
                Check.That(false,
                    $"{what}: the step from x_{rise - 1} = {Fmt.Point(r.Iterates[rise - 1])} to x_{rise} = {Fmt.Point(r.Iterates[rise])} was accepted, " +
                    $"where f = {Fmt.Num(fk)}, not below f(x_{rise - 1}) = {Fmt.Num(F(r.Iterates[rise - 1]))}. " +
                    // The run from 1.9a comes first: reaching 2.5a shows the line search rejects a higher f, so a NaN that
                    // got through there is the comparison's doing, not a missing line search.
                    (!double.IsNaN(fk) ? Mistakes.UphillStepAccepted : factor > 2 ? Mistakes.ArmijoAcceptsNan : ""));
            }
            Check.That(r.Converged, $"{what} returned Status = {r.Status} after {r.Iterations} steps at X = {Fmt.Point(r.X)}; expected convergence to the minimum {Fmt.Num(a)}.");
            Approx.Equal(r.X[0], a, $"{what}: X", "the minimum a, where f′ = 1/a − 1/x = 0", rtol: 1e-8, atol: 1e-8);
        }
    }
}

using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class GradientCheckTests
{
    private const double H = 1e-5;

    /// <summary>The numerical gradient by the tests' own central (or forward) differences, perturbing
    /// the live parameter matrices and restoring them.</summary>
    private static List<Matrix<double>> Numerical(Func<double> cost, IReadOnlyList<Matrix<double>> ps, bool forward = false)
    {
        var result = new List<Matrix<double>>();
        var c0 = forward ? cost() : 0;
        foreach (var p in ps)
        {
            var n = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
            for (var i = 0; i < p.RowCount; i++)
                for (var j = 0; j < p.ColumnCount; j++)
                {
                    var saved = p[i, j];
                    double up = saved + H, down = saved - H;
                    p[i, j] = up;
                    var cUp = cost();
                    p[i, j] = down;
                    var cDown = forward ? 0 : cost();
                    p[i, j] = saved;
                    n[i, j] = forward ? (cUp - c0) / (up - saved) : (cUp - cDown) / (up - down);
                }
            result.Add(n);
        }
        return result;
    }

    /// <summary>A function of two parameter matrices with an exact gradient.</summary>
    private static (Func<double> Cost, List<Matrix<double>> Ps, List<Matrix<double>> Grad) Analytic()
    {
        var rng = Seeded.Rng(606);
        var a = rng.Matrix(2, 3, -1, 1);
        var b = rng.Matrix(4, 1, -1, 1);
        double Cost() => a.Enumerate().Select((v, k) => Math.Sin(v) * (1 + k)).Sum() + 0.5 * b.Enumerate().Sum(v => v * v) + a[0, 0] * b[3, 0];
        var ga = a.MapIndexed((i, j, v) => Math.Cos(v) * (1 + i + 2 * j)); // column-major k = i + 2j
        ga[0, 0] += b[3, 0];
        var gb = b.Clone();
        gb[3, 0] += a[0, 0];
        return (Cost, [a, b], [ga, gb]);
    }

    [Test, Points(2), Task("gradient-check")]
    public void GradientCheck_PassesACorrectGradient()
    {
        var (net, x, y) = Hidden.CourseNet();
        var (fCost, fPs, fGrad) = Analytic();
        foreach (var (cost, ps, grad, what) in new (Func<double>, IReadOnlyList<Matrix<double>>, IReadOnlyList<Matrix<double>>, string)[]
                 {
                     (() => Oracle.Cost(net, x, y), net.Parameters(), Oracle.Backprop(net, x, y).Flatten(),
                      $"GradientChecking.GradientCheck with the correct backprop gradient of a {GradientAssert.Describe(net)} network (h = 1e-5)"),
                     (fCost, fPs, fGrad,
                      "GradientChecking.GradientCheck with the exact gradient of f(A, B) = Σ (k+1)·sin A_k + ½‖B‖² + A[0,0]·B[3,0] (h = 1e-5)"),
                 })
        {
            // Everything the message needs is computed before the call, from parameters the call could leave perturbed.
            var own = Oracle.NormRelative(grad, Numerical(cost, ps));
            var forward = Oracle.NormRelative(grad, Numerical(cost, ps, forward: true));
            var calls = 0;
            var counted = () => { calls++; return cost(); };
            var got = Student.Call(() => GradientChecking.GradientCheck(counted, ps, grad.Select(m => m.Clone()).ToList(), H), what);
            if (double.IsFinite(got) && got >= 0 && got < 1e-6)
            {
                // A check that never evaluates cost() twice per entry is not comparing with central differences,
                // whatever it returns (one that remembered the gradient of an earlier call could answer the probe below).
                var entries = ps.Sum(m => m.RowCount * m.ColumnCount);
                Check.That(calls >= 2 * entries,
                    $"{what}: a correct gradient gave {Fmt.Num(got)}, but cost() was called {calls} times; central differences of all " +
                    $"{entries} entries need 2 calls each ({2 * entries}). The check must compare the gradient it is given with its own " +
                    "central differences of cost().");
                // A check that returns a small number whatever it is given is not a check: a gradient 0.1 % too large must show.
                var scaled = grad.Select(m => m * (1 + 1e-3)).ToList();
                var expected = Oracle.NormRelative(scaled, Numerical(cost, ps));
                var seen = Student.Call(() => GradientChecking.GradientCheck(cost, ps, scaled, H), what + " (every entry × 1.001)");
                Check.That(double.IsFinite(seen) && seen > expected / 3 && seen < 3 * expected,
                    $"{what}: a correct gradient gave {Fmt.Num(got)}, but the same gradient with every entry 0.1 % too large gave " +
                    $"{Fmt.Num(seen)}; ‖a − n‖/(‖a‖ + ‖n‖) is then about {Fmt.Num(expected)}. The check must compare the gradient it is " +
                    "given with its own central differences of cost().");
                continue;
            }
            string hint;
            if (double.IsFinite(got) && got >= 1e-6 && Math.Abs(got - forward) <= 0.05 * forward)
                hint = "Mistake [m04.gradcheck-forward-difference]: that is the error of FORWARD differences (C(p + h) − C(p))/h (or " +
                       "backward ones, (C(p) − C(p − h))/h): one-sided, so only first-order accurate (about 1e-5 here). " +
                       "Fix: use central differences, (C(p + h) − C(p − h)) / 2h: their error is about 1e-10.";
            else if (Approx.Close(got, 1.0 / 3, 1e-4, 0) && NumericalIsDoubled(cost, ps, grad, what))
                hint = "1/3 = ‖a − 2a‖/(‖a‖ + ‖2a‖), and the same check given 2 × the gradient passes. " + DividesByH;
            else if (got == 1)
                hint = "Mistake [m04.gradcheck-perturbs-copies]: 1 is what you get when every numerical derivative is 0: cost() never saw " +
                       "your perturbation. Fix: change the entries of the matrices in `parameters` themselves (cost reads those matrices), not copies.";
            else if (Approx.Close(got, 1, 1e-6, 0))
                hint = "Almost 1: your numerical derivatives are nearly 0 but not exactly, as with (C₊ − C₋) / 2 * h, which multiplies by h " +
                       "instead of dividing by 2h. Fix: n = (C₊ − C₋) / (2 * h).";
            else if (got < 0)
                hint = "A ratio of norms cannot be negative.";
            else
                hint = "For every entry: set p + h, evaluate cost(), set p − h, evaluate cost(), restore p; n = (C₊ − C₋)/2h. " +
                       "Return ‖a − n‖ / (‖a‖ + ‖n‖) over all entries of all matrices together.";
            Assert.Fail($"{what}: expected a norm-relative error below 1e-6 for a correct gradient (the tests' own central " +
                        $"differences give {Fmt.Num(own)}), got {Fmt.Num(got)}. {hint}");
        }

        // A cost that does not depend on its parameters, and its zero gradient: ‖a − n‖ = ‖a‖ + ‖n‖ = 0, defined as 0.
        var flat = new List<Matrix<double>> { Matrix<double>.Build.Dense(2, 2, 0.5), Matrix<double>.Build.Dense(3, 1, -1.5) };
        var zeros = flat.Select(m => Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount)).ToList();
        const string flatWhat = "GradientChecking.GradientCheck with cost() = 3 (constant) and its gradient, all zeros";
        var zeroGot = Student.Call(() => GradientChecking.GradientCheck(() => 3.0, flat, zeros, H), flatWhat);
        Check.That(zeroGot == 0,
            $"{flatWhat}: expected 0, got {Fmt.Num(zeroGot)}." + (double.IsNaN(zeroGot)
                ? " Mistake [m04.gradcheck-zero-over-zero]: both norms are 0 here, and 0/0 is NaN. Fix: return 0 when ‖a‖ + ‖n‖ = 0, as the README says."
                : " Both gradients are exactly zero, so the error is 0."));
    }

    [Test, Points(2), Task("gradient-check")]
    public void GradientCheck_FlagsACorruptedGradientWithTheNormRelativeError()
    {
        var (net1, x1, y1) = Hidden.CourseNet();
        var wrongLast = Oracle.Backprop(net1, x1, y1).Flatten().Select(m => m.Clone()).ToList();
        var last = wrongLast[^1];
        last[last.RowCount - 1, 0] += 0.05;
        var (net2, x2, y2) = Hidden.Random3542();
        var doubled = Oracle.Backprop(net2, x2, y2).Flatten().Select(m => 2 * m).ToList();

        foreach (var (cost, ps, grad, what) in new (Func<double>, IReadOnlyList<Matrix<double>>, IReadOnlyList<Matrix<double>>, string)[]
                 {
                     (() => Oracle.Cost(net1, x1, y1), net1.Parameters(), wrongLast,
                      $"GradientChecking.GradientCheck on a {GradientAssert.Describe(net1)} network whose gradient has one wrong entry, " +
                      $"the last one of the last matrix (DB[3][{last.RowCount - 1},0] + 0.05)"),
                     (() => Oracle.Cost(net2, x2, y2), net2.Parameters(), doubled,
                      $"GradientChecking.GradientCheck on a {GradientAssert.Describe(net2)} network with every gradient entry doubled"),
                 })
        {
            var n = Numerical(cost, ps);
            var expected = Oracle.NormRelative(grad, n);
            var got = Student.Call(() => GradientChecking.GradientCheck(cost, ps, grad.Select(m => m.Clone()).ToList(), H), what);
            if (got > 1e-3 && Approx.Close(got, expected, 1e-4, 0)) continue;
            Assert.Fail($"{what}: expected ‖a − n‖/(‖a‖ + ‖n‖) ≈ {Fmt.Num(expected)} (the tests' own central differences; a " +
                        $"bug must show up as more than 1e-3), got {Fmt.Num(got)}. {FormulaHint(got, grad, n)}");
        }
    }

    private const string DividesByH =
        "Mistake [m04.gradcheck-divides-by-h]: your numerical gradient is twice the true one, which is what (C₊ − C₋)/h gives. Fix: " +
        "the two points p + h and p − h are 2h apart: n = (C₊ − C₋) / (2h), with the parentheses.";

    /// <summary>True when the check passes a gradient twice the true one: its numerical gradient is
    /// doubled (1/3 alone could also be a halved one).</summary>
    private static bool NumericalIsDoubled(Func<double> cost, IReadOnlyList<Matrix<double>> ps, IReadOnlyList<Matrix<double>> grad, string what)
    {
        var twice = grad.Select(m => 2 * m).ToList();
        var got = Student.Call(() => GradientChecking.GradientCheck(cost, ps, twice, H), what + " (every entry × 2)");
        return double.IsFinite(got) && got < 1e-6;
    }

    /// <summary>Names the formula a wrong value came from.</summary>
    private static string FormulaHint(double got, IReadOnlyList<Matrix<double>> a, IReadOnlyList<Matrix<double>> n)
    {
        double Norm(IEnumerable<Matrix<double>> ms) => Math.Sqrt(ms.Sum(m => m.FrobeniusNorm() * m.FrobeniusNorm()));
        var diff = Norm(a.Zip(n, (p, q) => p - q));
        double na = Norm(a), nn = Norm(n);
        var entries = a.Zip(n).SelectMany(t => t.First.Enumerate().Zip(t.Second.Enumerate())).ToList();
        var candidates = new (double Value, string Hint)[]
        {
            (diff / nn, "Mistake [m04.gradcheck-denominator]: that is ‖a − n‖/‖n‖. Fix: the denominator is ‖a‖ + ‖n‖, the sum of both norms."),
            (diff / na, "Mistake [m04.gradcheck-denominator]: that is ‖a − n‖/‖a‖. Fix: the denominator is ‖a‖ + ‖n‖, the sum of both norms."),
            (diff / Math.Max(na, nn), "Mistake [m04.gradcheck-denominator]: that divides by the larger norm. Fix: the denominator is ‖a‖ + ‖n‖, " +
                                      "the sum of both norms."),
            (diff * diff / (na * na + nn * nn), "Mistake [m04.gradcheck-squared-norms]: that uses squared norms. Fix: take the square " +
                                                "roots, ‖v‖ = √(Σ v_k²)."),
            (diff, "Mistake [m04.gradcheck-not-relative]: that is ‖a − n‖ alone. Fix: divide by ‖a‖ + ‖n‖ to make it relative."),
            (entries.Max(t => Math.Abs(t.First - t.Second) / (Math.Abs(t.First) + Math.Abs(t.Second))),
             "Mistake [m04.gradcheck-worst-entry]: that is the worst entry's relative error. Fix: use norms over ALL entries of all " +
             "matrices together, ‖a − n‖/(‖a‖ + ‖n‖)."),
            (a.Zip(n, Oracle.NormRelative).Average(), "Mistake [m04.gradcheck-per-matrix-average]: that averages the matrices' errors. Fix: " +
                                                      "use norms over ALL entries of all matrices together."),
            (Oracle.NormRelative(a, n.Select(m => 2 * m).ToList()), DividesByH),
            (Oracle.NormRelative(a.Take(a.Count - 1).ToList(), n.Take(n.Count - 1).ToList()),
             "Mistake [m04.gradcheck-skips-last-matrix]: that leaves out the last parameter matrix. Fix: check every entry of every matrix in the list."),
        };
        foreach (var (value, hint) in candidates)
            if (double.IsFinite(value) && Approx.Close(got, value, 1e-4, 1e-12)) return hint;
        return got < 1e-3
            ? "Your check missed a real error: perturb EVERY entry of EVERY parameter matrix (both weights and biases) and " +
              "compare it with the matching entry of the analytic gradient."
            : "Return ‖a − n‖ / (‖a‖ + ‖n‖), with Euclidean norms over all entries of all matrices together " +
              "(a = analytic, n = central differences).";
    }

    /// <summary>All 17 significant digits, for values that differ only in the last few.</summary>
    private static string Exact(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace('-', '−');

    [Test, Points(1), Task("gradient-check")]
    public void GradientCheck_LeavesEveryParameterExactlyAsItWas()
    {
        var (net, x, y) = Hidden.Random3542();
        var ps = net.Parameters();
        // Parameters of awkward binary size, so that p + h − h (or p + h − 2h + h) is not p again.
        var rng = Seeded.Rng(707);
        foreach (var p in ps) p.MapInplace(v => v * (1 + 1e-3 * rng.NextDouble()) + 0.1 * rng.NextDouble(), Zeros.Include);
        var before = ps.Select(p => p.Clone()).ToList();
        var grad = Oracle.Backprop(net, x, y).Flatten();
        var gradBefore = grad.Select(g => g.Clone()).ToList();
        const string what = "GradientChecking.GradientCheck";
        // Count the calls, and how many of them saw a perturbed parameter: central differences need two per entry.
        var entries = ps.Sum(p => p.RowCount * p.ColumnCount);
        int calls = 0, perturbed = 0;
        double Cost()
        {
            calls++;
            for (var k = 0; k < ps.Count; k++)
                if (!ps[k].Equals(before[k])) { perturbed++; break; }
            return Oracle.Cost(net, x, y);
        }
        Student.Call(() => GradientChecking.GradientCheck(Cost, ps, grad, H), what);
        if (perturbed < 2 * entries)
            Assert.Fail(
                $"{what} on a {GradientAssert.Describe(net)} network ({entries} parameters) called cost() {calls} times, {perturbed} of them with a " +
                $"perturbed parameter; central differences need at least 2 × {entries} = {2 * entries} (C(p + h) and C(p − h) for every entry). " +
                (perturbed >= entries
                    ? "Mistake [m04.gradcheck-forward-difference]: about one perturbed evaluation per entry is a one-sided (forward) difference. " +
                      "Fix: evaluate C(p + h) and C(p − h) for every entry and divide their difference by 2h."
                    : "Mistake [m04.gradcheck-cost-not-called]: the check does not evaluate the cost function it is given at the perturbed " +
                      "parameters. Fix: for every entry, set p + h, call cost(), set p − h, call cost(), then restore p."));
        for (var k = 0; k < ps.Count; k++)
            for (var i = 0; i < ps[k].RowCount; i++)
                for (var j = 0; j < ps[k].ColumnCount; j++)
                    Check.That(ps[k][i, j].Equals(before[k][i, j]),
                        $"{what} left parameter matrix {k}, entry [{i},{j}] at {Exact(ps[k][i, j])}; it was " +
                        $"{Exact(before[k][i, j])} (all 17 digits shown: the difference is in the last ones). " +
                        "Mistake [m04.gradcheck-not-restored]: the entry was put back by arithmetic (p + h − h, or p + h − 2h + h), which " +
                        "is not always p in floating point. Fix: save each entry before perturbing it and write the saved value back " +
                        "afterwards; a checker must leave the network as it found it.");
        for (var k = 0; k < grad.Count; k++)
            Check.That(grad[k].Equals(gradBefore[k]),
                $"{what}: Mistake [m04.gradcheck-mutates-analytic]: the check changed the analytic gradient it was given (matrix {k}). " +
                "Fix: only read it.");
    }
}

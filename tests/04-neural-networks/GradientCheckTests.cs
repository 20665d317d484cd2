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
            var got = Student.Call(() => GradientChecking.GradientCheck(cost, ps, grad, H), what);
            if (double.IsFinite(got) && got >= 0 && got < 1e-6) continue;
            var forward = Oracle.NormRelative(grad, Numerical(cost, ps, forward: true));
            string hint;
            if (double.IsFinite(got) && got >= 1e-6 && Math.Abs(got - forward) <= 0.05 * forward)
                hint = "That is the error of FORWARD differences (C(p + h) − C(p))/h, which are only first-order accurate (about 1e-5 " +
                       "here). Use central differences, (C(p + h) − C(p − h)) / 2h: their error is about 1e-10.";
            else if (Approx.Close(got, 1, 1e-6, 0))
                hint = "1 is what you get when every numerical derivative is 0: cost() never saw your perturbation. Change the " +
                       "entries of the matrices in `parameters` themselves (cost reads those matrices), not copies.";
            else if (got < 0)
                hint = "A ratio of norms cannot be negative.";
            else
                hint = "For every entry: set p + h, evaluate cost(), set p − h, evaluate cost(), restore p; n = (C₊ − C₋)/2h. " +
                       "Return ‖a − n‖ / (‖a‖ + ‖n‖) over all entries of all matrices together.";
            Assert.Fail($"{what}: expected a norm-relative error below 1e-6 for a correct gradient (the tests' own central " +
                        $"differences give {Fmt.Num(Oracle.NormRelative(grad, Numerical(cost, ps)))}), got {Fmt.Num(got)}. {hint}");
        }
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
            var got = Student.Call(() => GradientChecking.GradientCheck(cost, ps, grad, H), what);
            if (got > 1e-3 && Approx.Close(got, expected, 1e-4, 0)) continue;
            Assert.Fail($"{what}: expected ‖a − n‖/(‖a‖ + ‖n‖) ≈ {Fmt.Num(expected)} (the tests' own central differences; a " +
                        $"bug must show up as more than 1e-3), got {Fmt.Num(got)}. {FormulaHint(got, grad, n)}");
        }
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
            (diff / nn, "That is ‖a − n‖/‖n‖: the denominator is ‖a‖ + ‖n‖, the sum of both norms."),
            (diff / na, "That is ‖a − n‖/‖a‖: the denominator is ‖a‖ + ‖n‖, the sum of both norms."),
            (diff / Math.Max(na, nn), "That divides by the larger norm: the denominator is ‖a‖ + ‖n‖, the sum of both norms."),
            (diff * diff / (na * na + nn * nn), "That uses squared norms: take the square roots, ‖v‖ = √(Σ v_k²)."),
            (diff, "That is ‖a − n‖ alone: divide by ‖a‖ + ‖n‖ to make it relative."),
            (entries.Max(t => Math.Abs(t.First - t.Second) / (Math.Abs(t.First) + Math.Abs(t.Second))),
             "That is the worst entry's relative error: use norms over ALL entries of all matrices together, ‖a − n‖/(‖a‖ + ‖n‖)."),
            (a.Zip(n, Oracle.NormRelative).Average(), "That averages the matrices' errors: use norms over ALL entries of all matrices together."),
            (Oracle.NormRelative(a.Take(a.Count - 1).ToList(), n.Take(n.Count - 1).ToList()),
             "That leaves out the last parameter matrix: check every entry of every matrix in the list."),
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
        Student.Call(() => GradientChecking.GradientCheck(() => Oracle.Cost(net, x, y), ps, grad, H), what);
        for (var k = 0; k < ps.Count; k++)
            for (var i = 0; i < ps[k].RowCount; i++)
                for (var j = 0; j < ps[k].ColumnCount; j++)
                    Check.That(ps[k][i, j].Equals(before[k][i, j]),
                        $"{what} left parameter matrix {k}, entry [{i},{j}] at {Exact(ps[k][i, j])}; it was " +
                        $"{Exact(before[k][i, j])}. Save each entry before perturbing it and write the saved value " +
                        "back afterwards: p + h − h is not always p in floating point, and a checker must leave the network as it found it.");
        for (var k = 0; k < grad.Count; k++)
            Check.That(grad[k].Equals(gradBefore[k]), $"{what} changed the analytic gradient it was given (matrix {k}). Only read it.");
    }
}

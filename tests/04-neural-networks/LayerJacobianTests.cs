using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

/// <summary>The course-style per-layer Jacobians of the 1-6-7-2 network. Each is given the cache
/// of the tests' own forward pass (consistent with the network: A[l] = σ(Z[l])), so these tests do
/// not depend on your Forward.</summary>
[TestFixture]
public class LayerJacobianTests
{
    private delegate Matrix<double> LayerJacobian(Network net, ForwardCache cache, Matrix<double> y);

    /// <summary>Targets this far from the σ outputs make the cost about 10¹², so a difference of two
    /// costs keeps only ~4 of its 16 digits: finite differences (even five-point ones) land 1e-8 or
    /// more from the exact gradient, while the chain rule stays exact to ~1e-15.</summary>
    private const double FarTarget = 1e6;

    /// <summary>The pass mark against the tests' own analytic backprop at the far targets: 1e5 times
    /// a correct chain rule's rounding error, 100 times below the best finite difference.</summary>
    private const double AnalyticTolerance = 1e-10;

    private static ForwardCache Copy(ForwardCache c) => new(c.Z.Select(m => m.Clone()).ToArray(), c.A.Select(m => m.Clone()).ToArray());

    private static bool Same(ForwardCache a, ForwardCache b) =>
        a.Z.Length == b.Z.Length && a.A.Length == b.A.Length &&
        a.Z.Zip(b.Z).All(t => t.First.Equals(t.Second)) && a.A.Zip(b.A).All(t => t.First.Equals(t.Second));

    private static void CheckLayer(LayerJacobian method, string name, int l, bool isBias)
    {
        var (net, x, y) = Hidden.CourseNet();
        var cache = Oracle.Cache(net, x);
        var what = $"Backpropagation.{name} on the course's {GradientAssert.Describe(net)} network, heart-curve data, N = {x.ColumnCount}";
        var parameter = isBias ? net.B[l] : net.W[l];
        var fd = Oracle.FiniteDifferences(net, x, y, parameter);
        var truth = Oracle.Backprop(net, x, y);
        Matrix<double> Pick(Gradients g) => isBias ? g.DB[l] : g.DW[l];

        var given = Copy(cache);
        var y0 = y.Clone();
        var got = Student.Call(() => method(net.Clone(), given, y0), what);
        GradientAssert.Shape(got, net, l, isBias, x.ColumnCount, what);
        GradientAssert.OneMatrix(got, fd, Pick(truth), s => Pick(Oracle.Backprop(net, x, y, s)), net, x.ColumnCount, what,
            isBias ? $"∂C/∂b[{l}]" : $"∂C/∂W[{l}]", probe: Probe(method, l, isBias));
        Check.That(Same(given, cache) && y0.Equals(y),
            $"{what}: Mistake [m04.jacobian-mutates-cache]: {name} changed the cache or the Y it was given (an in-place operation such as " +
            "MapInplace, or PointwiseMultiply with a result argument, on cache.Z, cache.A or Y). Fix: compute δ into new matrices; the " +
            "caller's cache is used again for the other layers.");

        // The README asks for the chain rule. Far targets separate it from finite differences of the cost.
        var far = y.Map(v => v + FarTarget);
        var exact = Pick(Oracle.Backprop(net, x, far));
        var farGot = Student.Call(() => method(net.Clone(), Copy(cache), far.Clone()), what + $" (targets Y + 10⁶)");
        GradientAssert.Shape(farGot, net, l, isBias, x.ColumnCount, what);
        var error = Oracle.NormRelative(farGot, exact);
        if (error < AnalyticTolerance && farGot.Enumerate().All(double.IsFinite)) return;
        Assert.Fail($"{what}, with every target moved by +10⁶ (the cost is then about 10¹²): {name} differs from the exact chain rule " +
                    $"(the tests' own backprop) by a norm-relative {Fmt.Num(error)}; it must be below {Fmt.Num(AnalyticTolerance)}, where the " +
                    "chain rule is exact to about 1e-15. Mistake [m04.finite-difference-jacobian]: your Jacobian agrees with finite " +
                    "differences at ordinary targets but not at these, where a difference of two costs of about 10¹² loses most of its " +
                    $"digits: it is computed numerically, not by the chain rule. Fix: write {name} analytically, as the worked example " +
                    "does for J_W3: δ3 = 2(A[3] − Y) ⊙ σ′(Z[3]), δ2 = (W[3]ᵀ·δ3) ⊙ σ′(Z[2]), …, then δl·A[l−1]ᵀ / N or the row sums of δl / N.");
    }

    /// <summary>The same method on a 1-4-5-3 network (three outputs), to tell the slips apart that
    /// coincide with two outputs.</summary>
    private static Func<Slip, bool> Probe(LayerJacobian method, int l, bool isBias)
    {
        var (net, x, y) = Hidden.RandomNet([1, 4, 5, 3], 12, salt: 46);
        Matrix<double>? got = null;
        return slip =>
        {
            got ??= method(net.Clone(), Oracle.Cache(net, x), y.Clone());
            var g = Oracle.Backprop(net, x, y, slip);
            var v = isBias ? g.DB[l] : g.DW[l];
            return got.RowCount == v.RowCount && got.ColumnCount == v.ColumnCount && Oracle.NormRelative(got, v) < 1e-7;
        };
    }

    [Test, Points(1), Task("output-layer")]
    public void J_W3_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W3, "J_W3", 3, isBias: false);

    [Test, Points(1), Task("output-layer")]
    public void J_b3_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b3, "J_b3", 3, isBias: true);

    [Test, Points(2), Task("layer-jacobians")]
    public void J_W2_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W2, "J_W2", 2, isBias: false);

    [Test, Points(1), Task("layer-jacobians")]
    public void J_b2_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b2, "J_b2", 2, isBias: true);

    [Test, Points(2), Task("layer-jacobians")]
    public void J_W1_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W1, "J_W1", 1, isBias: false);

    [Test, Points(1), Task("layer-jacobians")]
    public void J_b1_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b1, "J_b1", 1, isBias: true);
}

using System.Text.RegularExpressions;
using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

/// <summary>The hidden networks and data sets. Seeds and sizes differ from the public tests'.</summary>
internal static class Hidden
{
    /// <summary>The course's 1-6-7-2 network (N(0,1)/2 weights) on 40 heart-curve samples,
    /// shifted along the curve so none coincides with the public data.</summary>
    public static (Network Net, Matrix<double> X, Matrix<double> Y) CourseNet()
    {
        var (x, y) = CourseData.Heart(40, 0.37);
        return (Network.Random([1, 6, 7, 2], Seeded.HiddenSeed + 4), x, y);
    }

    /// <summary>A random 3-5-4-2 network on 25 random samples.</summary>
    public static (Network Net, Matrix<double> X, Matrix<double> Y) Random3542() => RandomNet([3, 5, 4, 2], 25, salt: 42);

    /// <summary>Four layers, 3-5-5-5-5: every W[l] that backprop multiplies by (l ≥ 2) is square, so
    /// a missing transpose or the wrong layer's activation still has the right shape.</summary>
    public static (Network Net, Matrix<double> X, Matrix<double> Y) DeepSquare() => RandomNet([3, 5, 5, 5, 5], 20, salt: 43);

    public static (Network Net, Matrix<double> X, Matrix<double> Y) RandomNet(int[] sizes, int samples, int salt)
    {
        var rng = Seeded.Rng(salt);
        var layers = new (Matrix<double>, Matrix<double>)[sizes.Length - 1];
        for (var l = 1; l < sizes.Length; l++)
            layers[l - 1] = (rng.Matrix(sizes[l], sizes[l - 1], -1.2, 1.2), rng.Matrix(sizes[l], 1, -0.5, 0.5));
        var x = rng.Matrix(sizes[0], samples, -1, 1);
        var y = rng.Matrix(sizes[^1], samples, 0.1, 0.9);
        return (new Network(layers), x, y);
    }

    /// <summary>[M M]: every sample (column) twice.</summary>
    public static Matrix<double> Twice(Matrix<double> m) => m.Append(m);
}

internal static class Matrices
{
    /// <summary>Same shape and equal to rounding.</summary>
    public static bool Same(Matrix<double>? a, Matrix<double> b) =>
        a is not null && a.RowCount == b.RowCount && a.ColumnCount == b.ColumnCount && Oracle.NormRelative(a, b) < 1e-9;
}

/// <summary>Calls into the submission, turning a MathNet dimension mismatch into a failure that
/// names the usual cause. Other exceptions (NotImplementedException first of all) pass through
/// to the grader, which explains them.</summary>
internal static partial class Student
{
    public const string DimensionHint =
        "Shapes in backprop: δl and Z[l] are n_l × N; DW[l] = δl·A[l−1]ᵀ is n_l × n_{l−1}; going back a layer is " +
        "the MATRIX product W[l+1]ᵀ·δ(l+1) (n_l × N, so a missing Wᵀ does not fit), and σ′(Z[l]) then multiplies " +
        "ENTRYWISE (PointwiseMultiply, not *). A dimension mismatch usually means a missing Wᵀ, or a matrix product " +
        "where an elementwise product was meant (or the other way round).";

    public static T Call<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (ArgumentException e) when (e.Message.StartsWith("Matrix dimensions must agree", StringComparison.Ordinal))
        {
            var where = Where(e);
            Assert.Fail($"{what} threw ArgumentException: {StudentText.Quote(FirstLine(e.Message))}{where}. {DimensionHintFor(e.Message, where, Operation(e))}");
            return default!;
        }
    }

    /// <summary>What kind of MathNet operation threw: the matrix product and the entrywise ones
    /// (⊙, +, −) fail on different shapes, so the operands' shapes only say which slip it was once
    /// the operation is known.</summary>
    private enum Op { Unknown, Product, Entrywise }

    /// <summary>Reads the operand shapes out of MathNet's message ("op1 is 2x7, op2 is 2x40") to say
    /// which slip produced them. The shape rules below are about a failed matrix PRODUCT: the same
    /// shapes in a failed ⊙ (say W[l−1]ᵀ·δ ⊙ σ′(Z[l−1]), the wrong layer's W) mean something else,
    /// and no mistake is named for them.</summary>
    private static string DimensionHintFor(string message, string where, Op op)
    {
        if (where.Contains("Training.Step", StringComparison.Ordinal))
            return "In the step, W[l] and DW[l] (and b[l] and DB[l]) must have the same shape: see the Backprop shape test.";
        var m = Regex.Match(message, @"op1 is (?<r1>\d+)x(?<c1>\d+), op2 is (?<r2>\d+)x(?<c2>\d+)");
        // W·A + b with b a column: numpy broadcasts it over the samples, MathNet does not.
        if (m.Success && op == Op.Entrywise && m.Groups["r1"].Value == m.Groups["r2"].Value && (m.Groups["c1"].Value == "1") != (m.Groups["c2"].Value == "1"))
            return $"An entrywise operation (+ or −) got a {m.Groups["r1"].Value}×{m.Groups["c1"].Value} and a " +
                   $"{m.Groups["r2"].Value}×{m.Groups["c2"].Value} matrix: one of them is a single column, as the bias b[l] is. MathNet " +
                   "does not broadcast a column over the samples (numpy does): add b[l] to each column yourself, as the README says " +
                   "(a loop, MapIndexed, or b[l] * Matrix<double>.Build.Dense(1, N, 1.0)).";
        if (m.Success && op == Op.Entrywise)
            return $"An entrywise operation (⊙, + or −) got a {m.Groups["r1"].Value}×{m.Groups["c1"].Value} and a " +
                   $"{m.Groups["r2"].Value}×{m.Groups["c2"].Value} matrix: both sides must have the same shape. In " +
                   "δl = (W[l+1]ᵀ·δ(l+1)) ⊙ σ′(Z[l]) both factors are n_l × N: check that W, δ and Z come from matching layers " +
                   "(W[l+1] with δ(l+1), then Z[l]). " + DimensionHint;
        if (m.Success && op == Op.Product)
        {
            int r1 = int.Parse(m.Groups["r1"].Value), c1 = int.Parse(m.Groups["c1"].Value);
            int r2 = int.Parse(m.Groups["r2"].Value), c2 = int.Parse(m.Groups["c2"].Value);
            if (r1 == r2 && c1 == c2)
                return $"Mistake [m04.matrix-product-for-entrywise]: two {r1}×{c1} matrices were multiplied with *, which is MathNet's " +
                       "MATRIX product, where the elementwise product was meant (⊙, as in δ = 2(A[L] − Y) ⊙ σ′(Z[L]) or (Wᵀ·δ) ⊙ σ′(Z[l])). " +
                       "Fix: use PointwiseMultiply for ⊙ (numpy's * is elementwise, MathNet's is not).";
            if (r1 == r2 && c1 != c2)
                return $"Mistake [m04.missing-transpose]: a {r1}×{c1} matrix times a {r2}×{c2} one: the rows match, so the first " +
                       "factor is missing its transpose (W[l+1]·δ(l+1) instead of W[l+1]ᵀ·δ(l+1)). Fix: going back a layer is " +
                       "W[l+1]ᵀ·δ(l+1) (W[l+1].Transpose() * delta). " + DimensionHint;
            if (c1 == c2 && r1 != r2)
                return $"Mistake [m04.activation-not-transposed]: a {r1}×{c1} matrix times a {r2}×{c2} one: the columns match (one " +
                       "per sample), so the second factor is missing its transpose. Fix: DW[l] = δl·A[l−1]ᵀ (delta * A[l − 1].Transpose()), " +
                       "which sums over the samples. " + DimensionHint;
        }
        return DimensionHint;
    }

    public static void Call(Action call, string what) => Call(() => { call(); return 0; }, what);

    /// <summary>The MathNet operation that threw: the last MathNet.Numerics frame above the first
    /// frame of the submission ("Matrix`1.op_Multiply", "Matrix`1.PointwiseMultiply").</summary>
    private static Op Operation(Exception e)
    {
        var op = Op.Unknown;
        foreach (var line in (e.StackTrace ?? "").Split('\n'))
        {
            var frame = line.Trim();
            if (!frame.StartsWith("at MathNet.Numerics.", StringComparison.Ordinal)) break;
            var method = MathNetMethod().Match(frame).Groups["name"].Value;
            op = method switch
            {
                "op_Multiply" or "Multiply" or "TransposeThisAndMultiply" or "TransposeAndMultiply" => Op.Product,
                "PointwiseMultiply" or "PointwiseDivide" or "PointwisePower" or "op_Addition" or "op_Subtraction" or "Add" or "Subtract" => Op.Entrywise,
                _ => op,
            };
        }
        return op;
    }

    [GeneratedRegex(@"\.(?<name>\w+)\(")]
    private static partial Regex MathNetMethod();

    private static string FirstLine(string s) => s.Split('\n')[0].Replace(" (Parameter 'other')", "").TrimEnd('.', ' ', '\r');

    /// <summary>" (in Backpropagation.Backprop, Backpropagation.cs line 42)" from the first frame in
    /// the submission, or "".</summary>
    private static string Where(Exception e)
    {
        foreach (var line in (e.StackTrace ?? "").Split('\n'))
        {
            var m = Frame().Match(line.Trim());
            if (!m.Success) continue;
            var method = m.Groups["method"].Value;
            if (method.StartsWith("NeuralNetworks.HiddenTests.", StringComparison.Ordinal)) continue;
            var name = method["NeuralNetworks.".Length..];
            var local = Regex.Match(name, @"^(?<type>\w+)(?:\.<>c)?\.<(?<outer>\w+)>");
            if (local.Success) name = local.Groups["type"].Value + "." + local.Groups["outer"].Value;
            return m.Groups["file"].Success
                ? $" (in {name}, {Path.GetFileName(m.Groups["file"].Value)} line {m.Groups["line"].Value})"
                : $" (in {name})";
        }
        return "";
    }

    [GeneratedRegex(@"^at (?<method>NeuralNetworks\.[^\(]+)\(.*?\)(?: in (?<file>.+):line (?<line>\d+))?$")]
    private static partial Regex Frame();
}

/// <summary>Checks a gradient against the tests' own central differences and names the slip that
/// explains a wrong one.</summary>
internal static class GradientAssert
{
    /// <summary>The pass mark for ‖a − n‖/(‖a‖ + ‖n‖) per parameter matrix. A correct backprop is
    /// ~1e-9 here (measured); every slip the tests know is 1e-3 or more.</summary>
    public const double Tolerance = 1e-6;

    public const string Recipe =
        "Check the recursion: δL = 2(A[L] − Y) ⊙ σ′(Z[L]); δl = (W[l+1]ᵀ·δ(l+1)) ⊙ σ′(Z[l]); " +
        "DW[l] = δl·A[l−1]ᵀ / N; DB[l] = (row sums of δl) / N. (Backprop starts from your forward pass: if the Forward " +
        "tests fail, fix those first.)";

    public static string Hint(Slip slip, Network net, int samples) => slip switch
    {
        Slip.SumNotMean =>
            $"Mistake [m04.sum-not-mean]: your gradient is N = {samples} times too large: it SUMS over the samples instead of " +
            "averaging (summing instead of averaging over the batch). Fix: the cost divides by N, so divide every DW[l] and DB[l] by N too.",
        Slip.MeanOverOutputsToo =>
            $"Mistake [m04.mean-over-outputs]: your gradient is n_L = {net.Sizes[net.L]} times too small: you divided by N·n_L, as if " +
            "the cost averaged over every entry of A[L] − Y. Fix: C = ‖A[L] − Y‖²_F / N sums the squared errors over the outputs " +
            "and averages only over the N samples: divide by N alone.",
        Slip.FactorTwoDropped =>
            "Mistake [m04.factor-two-dropped]: your gradient is half the true one: the factor 2 of the squared error was dropped. " +
            "Fix: d(a − y)²/da = 2(a − y), so δL = 2(A[L] − Y) ⊙ σ′(Z[L]).",
        Slip.SignFlipped =>
            "Mistake [m04.sign-flipped]: your gradient has the wrong sign (sign flipped): with it, steepest descent climbs uphill. " +
            "Fix: d(a − y)²/da = 2(a − y), not 2(y − a).",
        Slip.SigmaPrimeOfA =>
            "Mistake [m04.sigma-prime-of-activation]: these values match σ′(A[l]) instead of σ′(Z[l]): the activation derivative " +
            "was taken of the activation a, not of the weighted sum z. Fix: use Activation.DSigma(Z[l]) (or, the same thing, " +
            "A[l] ⊙ (1 − A[l])).",
        Slip.NoSigmaPrimeAtOutput =>
            "Mistake [m04.missing-sigma-prime-output]: the output layer's σ′ is missing. Fix: the output layer is logistic too, " +
            "so δL = 2(A[L] − Y) ⊙ σ′(Z[L]).",
        Slip.NoSigmaPrimeInHidden =>
            "Mistake [m04.missing-sigma-prime-hidden]: going back a layer lost the factor σ′(Z[l]). Fix: δl = (W[l+1]ᵀ·δ(l+1)) ⊙ σ′(Z[l]).",
        Slip.NoTranspose =>
            "Mistake [m04.missing-transpose]: your values match W[l+1]·δ(l+1) without the transpose (it only has the right shape " +
            "because this layer is square): missing Wᵀ. Fix: going back a layer multiplies by W[l+1]ᵀ (matrix product), then ⊙ σ′(Z[l]) (elementwise).",
        Slip.ThisLayersActivation =>
            "Mistake [m04.same-layer-activation]: your values match δl·A[l]ᵀ, the activation of the same layer (off by one layer; " +
            "it only has the right shape because layers l and l−1 have the same size). Fix: ∂z_l/∂W_l is the activation of the " +
            "PREVIOUS layer: DW[l] = δl·A[l−1]ᵀ / N.",
        _ => Recipe,
    };

    public static readonly Slip[] AllSlips = Enum.GetValues<Slip>().Where(s => s != Slip.None).ToArray();

    /// <summary>The slips whose gradient matrix equals <paramref name="got"/> (and differs from the
    /// true one). Two can coincide: with n_L = 2 outputs, dividing by N·n_L halves the gradient
    /// exactly as dropping the factor 2 does.</summary>
    public static IReadOnlyList<Slip> Recognise(Matrix<double> got, Matrix<double> truth, Func<Slip, Matrix<double>> variant)
    {
        var found = new List<Slip>();
        foreach (var slip in AllSlips)
        {
            var v = variant(slip);
            if (v.RowCount != got.RowCount || v.ColumnCount != got.ColumnCount) continue;
            if (Oracle.NormRelative(v, truth) < 1e-6) continue;
            if (Oracle.NormRelative(got, v) < 1e-7) found.Add(slip);
        }
        return found;
    }

    /// <summary>One slip is named with its mistake id; several that coincide on this network are
    /// listed without an id, so no single cause is blamed for what another one could explain.</summary>
    public static string Hint(IReadOnlyList<Slip> slips, Network net, int samples) => slips.Count switch
    {
        0 => Recipe,
        1 => Hint(slips[0], net, samples),
        _ => $"{(slips.Count == 2 ? "Two" : slips.Count.ToString())} slips give exactly these values on this network, so yours is one of them. " +
             string.Join(" ", slips.Select((s, k) => $"({k + 1}) {Unlabelled(Hint(s, net, samples))}")),
    };

    private static string Unlabelled(string hint) => Regex.Replace(hint, @"^Mistake \[[^\]]+\]: ", "");

    /// <summary>With n_L = 2 outputs, dividing by N·n_L halves the gradient exactly as dropping the
    /// factor 2 does. When both explain an answer, <paramref name="probe"/> (the same student method
    /// on a network with 3 outputs, where the two differ) decides; null when it cannot run.</summary>
    public static IReadOnlyList<Slip> Narrow(IReadOnlyList<Slip> slips, Func<Slip, bool>? probe)
    {
        if (slips.Count < 2 || probe is null) return slips;
        try
        {
            var kept = slips.Where(probe).ToList();
            return kept.Count > 0 ? kept : slips;
        }
        catch (Exception)
        {
            return slips;
        }
    }

    /// <summary>Fails unless <paramref name="got"/> is shaped like the parameter it differentiates.
    /// <paramref name="isBias"/>: B[l] (n_l × 1) rather than W[l] (n_l × n_{l−1}).</summary>
    public static void Shape(Matrix<double>? got, Network net, int l, bool isBias, int samples, string what)
    {
        var rows = net.Sizes[l];
        var cols = isBias ? 1 : net.Sizes[l - 1];
        var name = isBias ? $"DB[{l}] = ∂C/∂b[{l}]" : $"DW[{l}] = ∂C/∂W[{l}]";
        if (got is null) Assert.Fail($"{what}: {name} is null; expected a {rows}×{cols} matrix.");
        if (got!.RowCount == rows && got.ColumnCount == cols) return;
        var msg = $"{what}: {name} must have the shape of {(isBias ? "b" : "W")}[{l}], {rows}×{cols}; got {Fmt.Shape(got)}.";
        if (isBias && got.RowCount == rows && got.ColumnCount == samples)
            msg += $" Mistake [m04.bias-not-summed]: that is one column per sample: the bias gradient was not summed over the samples. " +
                   $"Fix: DB[{l}] = (row sums of δ{l}) / N, an n_l × 1 column (e.g. δ.RowSums().ToColumnMatrix() / N).";
        else if (got.RowCount == cols && got.ColumnCount == rows)
            msg += isBias
                ? " Mistake [m04.gradient-transposed]: that is a row. Fix: the bias gradient is a column, like b."
                : $" Mistake [m04.gradient-transposed]: that is the transpose (A[{l - 1}]·δ{l}ᵀ). Fix: DW[{l}] = δ{l}·A[{l - 1}]ᵀ / N (n_l × n_{{l−1}}).";
        else if (!isBias && got.RowCount == rows && got.ColumnCount == rows)
            msg += $" Mistake [m04.same-layer-activation]: that is n_{l} × n_{l}: δ{l}·A[{l}]ᵀ uses the activation of the same layer (off " +
                   $"by one layer). Fix: ∂z_l/∂W_l is the activation of the PREVIOUS layer: DW[{l}] = δ{l}·A[{l - 1}]ᵀ / N.";
        else if (isBias && got.RowCount == 1 && got.ColumnCount == 1)
            msg += $" Mistake [m04.bias-summed-over-neurons]: that sums over the neurons as well. Fix: sum δ{l} across the sample " +
                   "columns only, keeping one entry per neuron.";
        Assert.Fail(msg);
    }

    /// <summary>Layout and shapes of a whole Gradients object.</summary>
    public static void Layout(Gradients? got, Network net, int samples, string what)
    {
        if (got is null)
        {
            Assert.Fail($"{what} returned null.");
            return;
        }
        if (got.DW is null || got.DB is null)
        {
            Assert.Fail($"{what}: Gradients.DW and Gradients.DB must not be null.");
            return;
        }
        foreach (var (array, name) in new[] { (got.DW, "DW"), (got.DB, "DB") })
            Check.That(array.Length == net.L + 1,
                $"{what}: Gradients.{name} has {array.Length} entries; expected L + 1 = {net.L + 1} for this {net.L}-layer network: " +
                $"{name}[l] belongs to layer l = 1..{net.L}, as in Network, and index 0 is unused. Gradients.ZerosLike(net) has this layout.");
        for (var l = 1; l <= net.L; l++)
        {
            Shape(got.DW[l], net, l, isBias: false, samples, what);
            Shape(got.DB[l], net, l, isBias: true, samples, what);
        }
    }

    /// <summary>One parameter matrix's gradient against central differences of the cost.</summary>
    public static void OneMatrix(Matrix<double> got, Matrix<double> fd, Matrix<double> truth, Func<Slip, Matrix<double>> variant,
        Network net, int samples, string what, string name, double globalError = double.NaN, Func<Slip, bool>? probe = null)
    {
        var error = Oracle.NormRelative(got, fd);
        if (error < Tolerance && got.Enumerate().All(double.IsFinite)) return;

        var (wi, wj, worst) = (0, 0, -1.0);
        for (var i = 0; i < fd.RowCount; i++)
            for (var j = 0; j < fd.ColumnCount; j++)
            {
                var d = Math.Abs(got[i, j] - fd[i, j]);
                if (!(d <= worst)) (wi, wj, worst) = (i, j, double.IsNaN(d) ? double.PositiveInfinity : d);
            }
        var slips = Narrow(Recognise(got, truth, variant), probe);
        var overall = double.IsNaN(globalError) ? "" : $"; over all parameters {Fmt.Num(globalError)}";
        Assert.Fail(
            $"{what}: {name} does not match central finite differences of the cost C = ‖A[L] − Y‖²_F / N (h = 1e-5): " +
            $"norm-relative error ‖a − n‖/(‖a‖ + ‖n‖) = {Fmt.Num(error)} (must be < 1e-6{overall}). Largest difference at entry " +
            $"[{wi},{wj}]: expected ≈ {Fmt.Num(fd[wi, wj])} (finite differences), got {Fmt.Num(got[wi, wj])}. {Hint(slips, net, samples)}");
    }

    /// <summary>The student's Backprop on (copies of) the data, checked against central differences
    /// computed BEFORE the call, so nothing the submission changes can move the yardstick.</summary>
    public static void All(Network net, Matrix<double> x, Matrix<double> y, string what)
    {
        var fd = Oracle.FiniteDifferences(net, x, y);
        var truth = Oracle.Backprop(net, x, y);
        var got = Student.Call(() => Backpropagation.Backprop(net.Clone(), x.Clone(), y.Clone()), what);
        Layout(got, net, x.ColumnCount, what);
        var variants = new Dictionary<Slip, Gradients>();
        Gradients Variant(Slip s) => variants.TryGetValue(s, out var g) ? g : variants[s] = Oracle.Backprop(net, x, y, s);
        var global = Oracle.NormRelative(got.Flatten(), fd.Flatten());
        var probe = BackpropProbe();
        for (var l = net.L; l >= 1; l--)
        {
            var layer = l;
            OneMatrix(got.DW[l], fd.DW[l], truth.DW[l], s => Variant(s).DW[layer], net, x.ColumnCount, what, $"DW[{l}] = ∂C/∂W[{l}]", global, probe);
            OneMatrix(got.DB[l], fd.DB[l], truth.DB[l], s => Variant(s).DB[layer], net, x.ColumnCount, what, $"DB[{l}] = ∂C/∂b[{l}]", global, probe);
        }
    }

    /// <summary>Whether the student's Backprop on a 2-3-3 network (three outputs) matches a slip
    /// there: run only when two slips coincide on the tested network.</summary>
    public static Func<Slip, bool> BackpropProbe()
    {
        var (net, x, y) = Hidden.RandomNet([2, 3, 3], 12, salt: 45);
        Gradients? got = null;
        return slip =>
        {
            got ??= Backpropagation.Backprop(net.Clone(), x.Clone(), y.Clone());
            return Oracle.NormRelative(got.Flatten(), Oracle.Backprop(net, x, y, slip).Flatten()) < 1e-7;
        };
    }

    public static string Describe(Network net) => string.Join("-", net.Sizes);
}

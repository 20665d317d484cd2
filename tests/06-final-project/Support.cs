using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

/// <summary>Seeded hidden data. Every seed here is derived from <see cref="Seeded.HiddenSeed"/>, so
/// it differs from the public tests' seeds and from the README's examples.</summary>
internal static class Data
{
    public static int Seed(int salt) => Seeded.HiddenSeed + salt;

    /// <summary>The heart curve (the course's provided HeartData) with a hidden seed.</summary>
    public static (Matrix<double> X, Matrix<double> Y) Heart(int n, int salt, double noise) => HeartData.Sample(n, Seed(salt), noise);

    /// <summary>Rows that identify themselves: X[i, 0] = i (the row's id) and Y[i, 0] = 1000 + i,
    /// with seeded noise in the other columns, so a test can tell where every row went and whether
    /// its X and Y rows still belong together.</summary>
    public static (Matrix<double> X, Matrix<double> Y) Tagged(int n, int xCols, int yCols, int salt)
    {
        var rng = Seeded.Rng(salt);
        var x = Matrix<double>.Build.Dense(n, xCols, (i, j) => j == 0 ? i : rng.Uniform(-1, 1));
        var y = Matrix<double>.Build.Dense(n, yCols, (i, j) => j == 0 ? 1000 + i : rng.Uniform(-1, 1));
        return (x, y);
    }

    /// <summary>The ids (X[·, 0]) of a block of tagged rows, in order.</summary>
    public static int[] Ids(Matrix<double> x) => Enumerable.Range(0, x.RowCount).Select(i => (int)Math.Round(x[i, 0])).ToArray();

    public static Matrix<double> Rows(Matrix<double> m, IEnumerable<int> rows)
    {
        var r = rows.ToArray();
        return Matrix<double>.Build.Dense(r.Length, m.ColumnCount, (i, j) => m[r[i], j]);
    }

    public static Matrix<double> Random(Random rng, int rows, int cols, double lo = -1, double hi = 1) =>
        Matrix<double>.Build.Dense(rows, cols, (_, _) => rng.Uniform(lo, hi));
}

/// <summary>How a training run can go wrong, for the test's own trainer to reproduce a mistake
/// and name it when a student's run matches.</summary>
internal enum Variant
{
    Correct,
    /// <summary>γ₀·0.5^⌊(e + 1)/k⌋: the decay one epoch early (epochs counted from 1).</summary>
    DecayOneEarly,
    /// <summary>γ₀·0.5^⌊(e − 1)/k⌋: the decay one epoch late.</summary>
    DecayOneLate,
    /// <summary>γ₀ in every epoch.</summary>
    NoDecay,
    /// <summary>The velocity starts from zero at every batch: plain SGD.</summary>
    VelocityReset,
}

/// <summary>The tests' own trainer: the README's algorithm, written here on the course's provided
/// Network (its Backprop and Loss), never the student's code. Used for full-batch runs, where the
/// result does not depend on how rows are shuffled, and for named wrong variants.</summary>
internal static class Oracle
{
    public static double Rate(double initial, int epoch, int every, Variant v = Variant.Correct) => v switch
    {
        Variant.NoDecay => initial,
        Variant.DecayOneEarly => initial * Math.Pow(0.5, Math.Floor((epoch + 1.0) / every)),
        Variant.DecayOneLate => initial * Math.Pow(0.5, Math.Max(0, Math.Floor((epoch - 1.0) / every))),
        _ => initial * Math.Pow(0.5, Math.Floor((double)epoch / every)),
    };

    /// <summary>Full-batch heavy ball with step decay, no early stopping: returns (TrainLoss, ValLoss)
    /// for <paramref name="epochs"/> epochs. TrainLoss[e] is the loss at the start of epoch e.</summary>
    public static (double[] Train, double[] Val) FullBatch(Network net0, Matrix<double> xTr, Matrix<double> yTr,
        Matrix<double> xVa, Matrix<double> yVa, double lr0, int every, double beta, int epochs, Variant v = Variant.Correct)
    {
        var net = net0.Clone();
        var vel = Velocity.ZerosLike(net);
        var train = new double[epochs];
        var val = new double[epochs];
        for (var e = 0; e < epochs; e++)
        {
            var lr = Rate(lr0, e, every, v);
            var g = net.Backprop(xTr, yTr);
            train[e] = g.Loss;
            if (v == Variant.VelocityReset) vel = Velocity.ZerosLike(net);
            for (var l = 1; l <= net.L; l++)
            {
                vel.VW[l] = beta * vel.VW[l] - lr * g.DW[l];
                vel.VB[l] = beta * vel.VB[l] - lr * g.DB[l];
                net.W[l] = net.W[l] + vel.VW[l];
                net.B[l] = net.B[l] + vel.VB[l];
            }
            val[e] = net.Loss(xVa, yVa);
        }
        return (train, val);
    }

    /// <summary>The forward pass of the README: tanh in hidden layers, linear output (or the
    /// usual wrong versions).</summary>
    public static Matrix<double> Forward(Network net, Matrix<double> x, bool tanhOutput = false, bool bias = true, bool tanhHidden = true)
    {
        var a = x;
        for (var l = 1; l <= net.L; l++)
        {
            var z = a * net.W[l];
            if (bias)
                for (var i = 0; i < z.RowCount; i++)
                    for (var j = 0; j < z.ColumnCount; j++)
                        z[i, j] += net.B[l][j];
            var squash = l < net.L ? tanhHidden : tanhOutput;
            a = squash ? z.Map(Math.Tanh) : z;
        }
        return a;
    }

    public static Matrix<double> Features(Matrix<double> x, int degree) =>
        Matrix<double>.Build.Dense(x.RowCount, degree + 1, (i, k) => Math.Pow(x[i, 0], k));

    /// <summary>Ridge by least squares on the augmented system [Φ; √λ·I] Θ ≈ [Y; 0], thin QR.</summary>
    public static Matrix<double> Ridge(Matrix<double> phi, Matrix<double> y, double lambda)
    {
        var p = phi.ColumnCount;
        var a = phi.Stack(Matrix<double>.Build.DenseIdentity(p) * Math.Sqrt(lambda));
        var b = y.Stack(Matrix<double>.Build.Dense(p, y.ColumnCount));
        return a.QR(QRMethod.Thin).Solve(b);
    }

    /// <summary>(ΦᵀΦ + P)Θ = ΦᵀY for a penalty matrix P, by LU: the common wrong penalties.</summary>
    public static Matrix<double> Penalised(Matrix<double> phi, Matrix<double> y, Matrix<double> penalty) =>
        (phi.TransposeThisAndMultiply(phi) + penalty).Solve(phi.TransposeThisAndMultiply(y));

    public static double Mse(Matrix<double> p, Matrix<double> y)
    {
        var s = 0.0;
        for (var i = 0; i < y.RowCount; i++)
            for (var j = 0; j < y.ColumnCount; j++)
                s += (p[i, j] - y[i, j]) * (p[i, j] - y[i, j]);
        return s / y.RowCount;
    }
}

/// <summary>Comparisons and formatting for histories and networks.</summary>
internal static class Runs
{
    /// <summary>Index of the first entry where the arrays differ bit for bit (−1: identical;
    /// a length difference counts at the shorter length).</summary>
    public static int FirstDifference(double[] a, double[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i])) return i;
        return a.Length == b.Length ? -1 : n;
    }

    /// <summary>Every entry within rtol (relative to the entry) of the other history.</summary>
    public static bool Close(double[]? actual, double[] expected, double rtol)
    {
        if (actual is null || actual.Length != expected.Length) return false;
        for (var i = 0; i < expected.Length; i++)
            if (!Approx.Close(actual[i], expected[i], rtol, 1e-300)) return false;
        return true;
    }

    public static int FirstMismatch(double[] actual, double[] expected, double rtol)
    {
        var n = Math.Min(actual.Length, expected.Length);
        for (var i = 0; i < n; i++)
            if (!Approx.Close(actual[i], expected[i], rtol, 1e-300)) return i;
        return n;
    }

    /// <summary>Which network parameter first differs bit for bit, or null.</summary>
    public static string? WeightDifference(Network a, Network b)
    {
        if (a.L != b.L) return $"the networks have {a.L} and {b.L} layers";
        for (var l = 1; l <= a.L; l++)
        {
            if (a.W[l].RowCount != b.W[l].RowCount || a.W[l].ColumnCount != b.W[l].ColumnCount) return $"W[{l}] has different shapes";
            for (var i = 0; i < a.W[l].RowCount; i++)
                for (var j = 0; j < a.W[l].ColumnCount; j++)
                    if (BitConverter.DoubleToInt64Bits(a.W[l][i, j]) != BitConverter.DoubleToInt64Bits(b.W[l][i, j]))
                        return $"W[{l}][{i},{j}] differs";
            for (var j = 0; j < a.B[l].Count; j++)
                if (BitConverter.DoubleToInt64Bits(a.B[l][j]) != BitConverter.DoubleToInt64Bits(b.B[l][j]))
                    return $"B[{l}][{j}] differs";
        }
        return null;
    }

    /// <summary>Entries e − 1 … e + 2 of a history, labelled, for a message about entry e.</summary>
    public static string Window(double[] h, int e)
    {
        var from = Math.Max(0, e - 1);
        var to = Math.Min(h.Length, e + 3);
        return "(" + (from > 0 ? "…, " : "") + string.Join(", ", Enumerable.Range(from, to - from).Select(i => $"[{i}] {Fmt.Num(h[i])}")) +
               (to < h.Length ? ", …" : "") + ")";
    }

    public static string Head(double[] h, int count = 4) =>
        "(" + string.Join(", ", h.Take(count).Select(Fmt.Num)) + (h.Length > count ? ", …" : "") + $") [{h.Length} epochs]";

    /// <summary>Two runs that train nothing are trivially identical, and trivially different when
    /// they only differ in made-up numbers: a reproducibility verdict needs a network that has
    /// learnt the data: its loss must be below 0.9 × that of predicting the mean of Y. A correct
    /// 40-epoch run is far below; plain SGD (momentum lost) is at about 0.6; an untrained network is
    /// above 1.</summary>
    public static void MustHaveTrained(TrainResult r, Matrix<double> x, Matrix<double> y, string what)
    {
        var mean = y.ColumnSums() / y.RowCount;
        var meanLoss = Oracle.Mse(Matrix<double>.Build.Dense(y.RowCount, y.ColumnCount, (_, j) => mean[j]), y);
        var loss = r.Network.Loss(x, y);
        Check.That(double.IsFinite(loss) && loss <= 0.9 * meanLoss,
            $"{what}: the returned network's loss on the data is {Fmt.Num(loss)}, not below 0.9 × {Fmt.Num(meanLoss)}, the loss of always " +
            "predicting the mean of Y: it has not learnt the data. Reproducibility is judged on a real run: Fit must split, create the " +
            "network and Train it (fix the Fit and Train tests first).");
    }

    public static void NotNull(TrainResult? r, string what)
    {
        if (r is null) Assert.Fail($"{what}: returned null; return a TrainResult.");
        if (r!.TrainLoss is null || r.ValLoss is null || r.Network is null)
            Assert.Fail($"{what}: the TrainResult has a null Network, TrainLoss or ValLoss.");
        if (r.TrainLoss!.Length == 0 || r.ValLoss!.Length == 0)
            Assert.Fail($"{what}: the loss histories are empty; add one TrainLoss and one ValLoss entry per epoch.");
        if (r.TrainLoss.Length != r.ValLoss!.Length)
            Assert.Fail($"{what}: TrainLoss has {r.TrainLoss.Length} entries and ValLoss {r.ValLoss.Length}; both need one entry per epoch that ran.");
    }
}

/// <summary>Feedback for the mistakes this project is about, in one place so the tests word them
/// the same way.</summary>
internal static class Mistakes
{
    public const string Unseeded =
        "Mistake [m06.unseeded-random]: your runs are not reproducible: some randomness does not come from the seed (Random.Shared, " +
        "new Random() without a seed, or a static Random shared between runs). Fix: make one new Random(seed) from the seed you are " +
        "given and pass it through (Split gets the seed; Network.Create, MiniBatches and Train get the Random).";

    public const string SeedIgnored =
        "Mistake [m06.seed-ignored]: different seeds gave identical runs: your randomness ignores the seed (a fixed new Random(42), " +
        "say). Fix: make the Random from the seed you are given.";

    public const string PairsBroken =
        "Mistake [m06.pairs-broken]: X and Y were shuffled with different permutations: the rows of X no longer sit next to their " +
        "own targets. Fix: draw ONE permutation of the row indices and take the rows of X and of Y in that same order.";

    public const string VelocityReset =
        "Mistake [m06.velocity-reset]: momentum had no effect: your run equals plain SGD (β = 0), so the velocity is reset " +
        "(Velocity.ZerosLike) every batch or every epoch. Fix: create the velocity once, before the epoch loop, and carry it from " +
        "batch to batch and from epoch to epoch: that memory is what momentum is.";

    public const string LastWeights =
        "Mistake [m06.last-weights]: the network you returned is the one at the END of training, not the one with the lowest " +
        "validation loss. Fix: whenever the validation loss improves, save a COPY (net.Clone()) and return that copy; note that " +
        "`best = net` stores a reference that keeps training with the network.";

    public const string InputChanged =
        "Fix: build new matrices (Rows(…), Clone(), or a product that returns a new matrix); the caller's matrices are used again " +
        "after the call.";
}

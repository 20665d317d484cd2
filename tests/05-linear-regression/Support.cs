using System.Globalization;
using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using NUnit.Framework;

namespace LinearRegression.HiddenTests;

/// <summary>Picks the hint of the known mistake that reproduces a wrong answer.</summary>
internal static class Diagnose
{
    /// <summary>The hint of the first candidate that matches <paramref name="actual"/> (a
    /// candidate equal to the expected value cannot explain a failure and is skipped), else the
    /// fallback.</summary>
    public static string Pick(double actual, double expected, string fallback, params (double Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!Approx.Close(value, expected, 1e-6, 1e-300) && Approx.Close(actual, value, 1e-7, 1e-300))
                return hint;
        return fallback;
    }

    public static string Pick(Vector<double> actual, Vector<double> expected, string fallback, params (Vector<double> Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (value.Count == actual.Count && !AllClose(value, expected, 1e-6) && AllClose(actual, value, 1e-7))
                return hint;
        return fallback;
    }

    /// <summary>Close componentwise, relative to the vector's own size (so tiny components of a
    /// large vector do not need full relative accuracy).</summary>
    public static bool AllClose(Vector<double> a, Vector<double> b, double rtol)
    {
        if (a.Count != b.Count) return false;
        var scale = Math.Max(a.InfinityNorm(), b.InfinityNorm());
        for (var i = 0; i < a.Count; i++)
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i]) || Math.Abs(a[i] - b[i]) > rtol * scale) return false;
        return true;
    }

    public static bool AllCloseMatrix(Matrix<double> a, Matrix<double> b)
    {
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount) return false;
        for (var i = 0; i < a.RowCount; i++)
            for (var j = 0; j < a.ColumnCount; j++)
                if (!Approx.Close(a[i, j], b[i, j], 1e-10, 1e-14)) return false;
        return true;
    }

    /// <summary>All 17 significant digits.</summary>
    public static string Exact(double v) => v.ToString("G17", CultureInfo.InvariantCulture).Replace('-', '−');
}

/// <summary>Vector comparisons relative to the vector's size, with a student-facing message.</summary>
internal static class Compare
{
    /// <summary>Every component finite and within rtol × the largest expected component.</summary>
    public static bool Close(Vector<double>? actual, Vector<double> expected, double rtol)
    {
        if (actual is null || actual.Count != expected.Count) return false;
        var scale = expected.InfinityNorm();
        for (var i = 0; i < expected.Count; i++)
            if (!double.IsFinite(actual[i]) || Math.Abs(actual[i] - expected[i]) > rtol * scale + 1e-300) return false;
        return true;
    }

    public static void Vectors(Vector<double>? actual, Vector<double> expected, string what, string source, double rtol, string? hint = null) =>
        Vectors(actual, expected, what, source, rtol, () => hint);

    /// <param name="hint">Called only when the comparison fails (some hints cost a few solves).</param>
    public static void Vectors(Vector<double>? actual, Vector<double> expected, string what, string source, double rtol, Func<string?> hint)
    {
        if (Close(actual, expected, rtol)) return;
        var h = hint();
        var tail = h is null ? "" : " " + h;
        if (actual is null) Assert.Fail($"{what}: expected a vector of length {expected.Count}, got null.");
        if (actual!.Count != expected.Count)
            Assert.Fail($"{what}: expected a vector of length {expected.Count} (one coefficient per column of Φ), got length {actual.Count}.{tail}");
        var scale = expected.InfinityNorm();
        var i = Enumerable.Range(0, expected.Count).First(k => !double.IsFinite(actual[k]) || Math.Abs(actual[k] - expected[k]) > rtol * scale + 1e-300);
        Assert.Fail($"{what}, component {i}: expected ≈ {Fmt.Num(expected[i])} ({source}), got {Fmt.Num(actual[i])}. " +
                    $"Whole vector: expected {Fmt.Point(expected)}, got {Fmt.Point(actual)} " +
                    $"(tolerance {Fmt.Num(rtol)} × the largest expected component).{tail}");
    }
}

/// <summary>Seeded least-squares problems. Expected answers are computed here, in the test, from
/// MathNet's QR decomposition: never from the code under test.</summary>
internal static class Problems
{
    public static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    /// <summary>N×p design with a column of ones and p − 1 columns uniform on [−1, 1]: well
    /// conditioned (κ(Φ) of a few units), so every stable method agrees to ~1e-13.</summary>
    public static Matrix<double> WellConditioned(Random rng, int n, int p) =>
        Matrix<double>.Build.Dense(n, p, (_, k) => k == 0 ? 1 : rng.Uniform(-1, 1));

    /// <summary>y = Φθ + noise, with θ's components in [−3, 3].</summary>
    public static Vector<double> NoisyTarget(Random rng, Matrix<double> phi, double noise)
    {
        var theta = rng.Vector(phi.ColumnCount, -3, 3);
        return phi * theta + rng.Vector(phi.RowCount, -noise, noise);
    }

    public static Vector<double> LeastSquares(Matrix<double> phi, Vector<double> y) => phi.QR(QRMethod.Thin).Solve(y);

    /// <summary>Ridge by OLS on the augmented system [Φ; √λ I] θ ≈ [y; 0], solved by QR.</summary>
    public static Vector<double> RidgeAugmented(Matrix<double> phi, Vector<double> y, double lambda)
    {
        var p = phi.ColumnCount;
        var a = phi.Stack(Matrix<double>.Build.DenseIdentity(p) * Math.Sqrt(lambda));
        var b = Vector<double>.Build.Dense(phi.RowCount + p);
        b.SetSubVector(0, phi.RowCount, y);
        return a.QR(QRMethod.Thin).Solve(b);
    }

    /// <summary>(ΦᵀΦ + P) θ = Φᵀy for a penalty matrix P, by LU (P may be indefinite): the
    /// answers of the common ways of getting the ridge penalty wrong.</summary>
    public static Vector<double> Penalised(Matrix<double> phi, Vector<double> y, Matrix<double> penalty) =>
        (phi.TransposeThisAndMultiply(phi) + penalty).Solve(phi.TransposeThisAndMultiply(y));

    /// <summary>The gradient-descent iteration with a configurable gradient scale and sign, to
    /// reproduce the usual slips: θ ← θ − sign·γ·scale·Φᵀ(Φθ − y), from θ = 0.</summary>
    public static Vector<double> Descend(Matrix<double> phi, Vector<double> y, double gamma, int iters, double scale, double sign = 1)
    {
        // Plain loops: MathNet parallelises products above a few hundred entries, which costs
        // milliseconds per call on a busy machine.
        int n = phi.RowCount, p = phi.ColumnCount;
        var a = phi.ToArray();
        var theta = new double[p];
        var r = new double[n];
        for (var k = 0; k < iters; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var s = -y[i];
                for (var j = 0; j < p; j++) s += a[i, j] * theta[j];
                r[i] = s;
            }
            for (var j = 0; j < p; j++)
            {
                var g = 0.0;
                for (var i = 0; i < n; i++) g += a[i, j] * r[i];
                theta[j] -= sign * gamma * scale * g;
            }
        }
        return Vector<double>.Build.DenseOfArray(theta);
    }

    /// <summary>Eigenvalues (smallest, largest) of the mean-loss Hessian H = (2/N)ΦᵀΦ.</summary>
    public static (double Min, double Max) HessianSpectrum(Matrix<double> phi)
    {
        var h = phi.TransposeThisAndMultiply(phi) * (2.0 / phi.RowCount);
        var ev = h.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        return (ev.Min(), ev.Max());
    }
}

/// <summary>The Gaussian model and its derivatives, written here for the tests (with the usual
/// wrong versions, to name a mistake when a student's answer matches one).</summary>
internal static class Gauss
{
    public static double F(double x, double mu, double sig) =>
        Math.Exp(-(x - mu) * (x - mu) / (2 * sig * sig)) / (Math.Sqrt(2 * Math.PI) * sig);

    public static double DMu(double x, double mu, double sig) => F(x, mu, sig) * (x - mu) / (sig * sig);

    public static double DSig(double x, double mu, double sig) =>
        F(x, mu, sig) * ((x - mu) * (x - mu) / (sig * sig * sig) - 1 / sig);

    /// <summary>∂f/∂σ without the −f/σ term from the prefactor 1/σ: the commonest slip.</summary>
    public static double DSigNoPrefactor(double x, double mu, double sig) =>
        F(x, mu, sig) * (x - mu) * (x - mu) / (sig * sig * sig);

    private const string WhyPrefactor =
        "Fix: σ appears twice in f = exp(−(x − μ)²/(2σ²)) / (√(2π)·σ): the exponent gives f·(x − μ)²/σ³, and the prefactor 1/σ " +
        "gives −f/σ (a wider Gaussian has a lower peak). Use ∂f/∂σ = f·((x − μ)²/σ³ − 1/σ).";

    public const string MissingPrefactorHint = "Mistake [m05.dfdsig-missing-prefactor-term]: this is ∂f/∂σ without the −1/σ term. " + WhyPrefactor;

    public const string StepMissingPrefactorHint =
        "Mistake [m05.dfdsig-missing-prefactor-term]: your δσ is what ∂f/∂σ without its −1/σ term gives. " + WhyPrefactor +
        " (SteepestStep should use your DfDsig.)";

    /// <summary>A histogram built like HeightsData.Histogram, but here, with hidden parameters:
    /// heights from a seeded normal (Box–Muller), 2.5 cm bins from 50 cm, normalised to Σ y·2.5 = 1.</summary>
    public static (double[] X, double[] Y) Histogram(int seed, double mean, double sd, int people)
    {
        const double width = 2.5, first = 50;
        const int bins = 100;
        var rng = new Random(seed);
        var counts = new int[bins];
        var counted = 0;
        for (var p = 0; p < people; p++)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            var h = mean + sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            var k = (int)Math.Floor((h - first) / width);
            if (k < 0 || k >= bins) continue;
            counts[k]++;
            counted++;
        }
        var x = Enumerable.Range(0, bins).Select(k => first + width * k + width / 2).ToArray();
        var y = counts.Select(c => c / (counted * width)).ToArray();
        return (x, y);
    }

    /// <summary>The gradient J of χ² = Σ (y − f)², with a configurable ∂f/∂σ (to reproduce a
    /// student's wrong derivative).</summary>
    public static (double JMu, double JSig) Gradient(double[] x, double[] y, double mu, double sig,
        Func<double, double, double, double>? dSig = null)
    {
        dSig ??= DSig;
        double jMu = 0, jSig = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var r = y[i] - F(x[i], mu, sig);
            jMu += -2 * r * DMu(x[i], mu, sig);
            jSig += -2 * r * dSig(x[i], mu, sig);
        }
        return (jMu, jSig);
    }

    /// <summary>The best fit (μ*, σ*): the course's iteration from (155, 6) run until it stops
    /// moving (it converges geometrically; 3000 steps are far more than needed).</summary>
    public static (double Mu, double Sig) BestFit(double[] x, double[] y, double aggression)
    {
        double mu = 155, sig = 6;
        for (var k = 0; k < 3000; k++)
        {
            var (jMu, jSig) = Gradient(x, y, mu, sig);
            mu -= aggression * jMu;
            sig -= aggression * jSig;
        }
        return (mu, sig);
    }

    /// <summary>Mean and standard deviation of the histogram (bin centres weighted by y·width).</summary>
    public static (double Mean, double Sd) Moments(double[] x, double[] y)
    {
        double mean = 0, var = 0;
        for (var i = 0; i < x.Length; i++) mean += x[i] * y[i] * 2.5;
        for (var i = 0; i < x.Length; i++) var += (x[i] - mean) * (x[i] - mean) * y[i] * 2.5;
        return (mean, Math.Sqrt(var));
    }
}

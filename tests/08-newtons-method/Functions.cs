using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod.HiddenTests;

/// <summary>Test functions with their exact derivatives. The hidden tests move or rescale the
/// course's examples by seeded amounts, so answers tuned to the public samples do not fit.</summary>
internal static class Functions
{
    public static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    public static Matrix<double> Mat(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    public const string CoursePolynomialName = "the course's f(x) = x⁶/6 − 3x⁴ − 2x³/3 + 27x²/2 + 18x − 30";

    /// <summary>The course polynomial; its real roots are −3.7602139721974477 and 1.063070629709697, and f′(2) = 0.</summary>
    public static double Course(double x) => Math.Pow(x, 6) / 6 - 3 * Math.Pow(x, 4) - 2 * Math.Pow(x, 3) / 3 + 27 * x * x / 2 + 18 * x - 30;

    public static double CoursePrime(double x) => Math.Pow(x, 5) - 12 * Math.Pow(x, 3) - 2 * x * x + 27 * x + 18;

    public const double CourseRootLow = -3.7602139721974477;
    public const double CourseRootHigh = 1.063070629709697;

    /// <summary>(a − x)² + b(y − x²)², minimum (a, a²); a = 1, b = 100 is the usual Rosenbrock function.</summary>
    public static double Rosenbrock(Vector<double> v, double a, double b) =>
        (a - v[0]) * (a - v[0]) + b * (v[1] - v[0] * v[0]) * (v[1] - v[0] * v[0]);

    public static Vector<double> RosenbrockGradient(Vector<double> v, double a, double b) =>
        Vec(2 * (v[0] - a) + 4 * b * v[0] * (v[0] * v[0] - v[1]), 2 * b * (v[1] - v[0] * v[0]));

    public static Matrix<double> RosenbrockHessian(Vector<double> v, double a, double b) =>
        Mat(new[,] { { 2 + 12 * b * v[0] * v[0] - 4 * b * v[1], -4 * b * v[0] }, { -4 * b * v[0], 2 * b } });

    public static string RosenbrockName(double a, double b) =>
        $"f(x, y) = ({Calculus.TestSupport.Fmt.Num(a)} − x)² + {Calculus.TestSupport.Fmt.Num(b)}(y − x²)²";

    /// <summary>d2l's trap f(x) = x·cos(cx) in one variable (as a vector of length 1).</summary>
    public static double XCos(Vector<double> v, double c) => v[0] * Math.Cos(c * v[0]);

    public static Vector<double> XCosGradient(Vector<double> v, double c) => Vec(Math.Cos(c * v[0]) - c * v[0] * Math.Sin(c * v[0]));

    public static double XCosSecond(double x, double c) => -2 * c * Math.Sin(c * x) - c * c * x * Math.Cos(c * x);

    public static Matrix<double> XCosHessian(Vector<double> v, double c) => Mat(new[,] { { XCosSecond(v[0], c) } });

    /// <summary>f(x, y) = x⁴/4 + a·x²/2 − b·y²/2 + y⁴/4: a saddle at the origin, minima at (0, ±√b).</summary>
    public static double Saddle(Vector<double> v, double a, double b) =>
        Math.Pow(v[0], 4) / 4 + a * v[0] * v[0] / 2 - b * v[1] * v[1] / 2 + Math.Pow(v[1], 4) / 4;

    public static Vector<double> SaddleGradient(Vector<double> v, double a, double b) =>
        Vec(Math.Pow(v[0], 3) + a * v[0], -b * v[1] + Math.Pow(v[1], 3));

    public static Matrix<double> SaddleHessian(Vector<double> v, double a, double b) =>
        Mat(new[,] { { 3 * v[0] * v[0] + a, 0 }, { 0, -b + 3 * v[1] * v[1] } });

    /// <summary><see cref="Saddle"/> in coordinates turned 45°, u = (x + y)/√2, w = (x − y)/√2: the saddle stays at the
    /// origin, but its Hessian there is [[a − b, a + b], [a + b, a − b]]/2, indefinite with a positive diagonal when a > b.</summary>
    public static double TurnedSaddle(Vector<double> v, double a, double b) => Saddle(Turn(v), a, b);

    public static Vector<double> TurnedSaddleGradient(Vector<double> v, double a, double b) => Turn(SaddleGradient(Turn(v), a, b));

    public static Matrix<double> TurnedSaddleHessian(Vector<double> v, double a, double b)
    {
        var h = SaddleHessian(Turn(v), a, b);
        double huu = h[0, 0], hww = h[1, 1];
        return Mat(new[,] { { (huu + hww) / 2, (huu - hww) / 2 }, { (huu - hww) / 2, (huu + hww) / 2 } });
    }

    /// <summary>(x, y) ↦ ((x + y)/√2, (x − y)/√2): a reflection, its own inverse, so it also maps gradients back.</summary>
    public static Vector<double> Turn(Vector<double> v) => Vec((v[0] + v[1]) / Math.Sqrt(2), (v[0] - v[1]) / Math.Sqrt(2));

    /// <summary>A 3-D saddle seen in the frame Q = [u, (1, −1, 0)/√2, (1, 1, −2)/√6], u = (1, 1, 1)/√3: with
    /// c = Qᵀv, f = c₀⁴/4 + a·c₀²/2 + Σᵢ (−b·cᵢ²/2 + cᵢ⁴/4) for i = 1, 2. At the saddle (the origin) the Hessian is
    /// (a + b)·uuᵀ − b·I: eigenvalues a, −b, −b, so det H = a·b² > 0, and every diagonal entry (a + b)/3 − b is positive
    /// when a > 2b — a test of the diagonal and the determinant (exact for 2 × 2) takes it for positive definite.
    /// Minima where c₀ = 0 and c₁, c₂ = ±√b.</summary>
    public static double Saddle3(Vector<double> v, double a, double b)
    {
        var c = Frame3T(v);
        return Math.Pow(c[0], 4) / 4 + a * c[0] * c[0] / 2 + Enumerable.Range(1, 2).Sum(i => -b * c[i] * c[i] / 2 + Math.Pow(c[i], 4) / 4);
    }

    public static Vector<double> Saddle3Gradient(Vector<double> v, double a, double b)
    {
        var c = Frame3T(v);
        return Frame3 * Vec(Math.Pow(c[0], 3) + a * c[0], Math.Pow(c[1], 3) - b * c[1], Math.Pow(c[2], 3) - b * c[2]);
    }

    public static Matrix<double> Saddle3Hessian(Vector<double> v, double a, double b)
    {
        var c = Frame3T(v);
        var d = Matrix<double>.Build.DenseOfDiagonalArray([3 * c[0] * c[0] + a, 3 * c[1] * c[1] - b, 3 * c[2] * c[2] - b]);
        return Frame3 * d * Frame3.Transpose();
    }

    /// <summary>Q's columns: u = (1, 1, 1)/√3, (1, −1, 0)/√2, (1, 1, −2)/√6.</summary>
    public static readonly Matrix<double> Frame3 = Mat(new[,]
    {
        { 1 / Math.Sqrt(3), 1 / Math.Sqrt(2), 1 / Math.Sqrt(6) },
        { 1 / Math.Sqrt(3), -1 / Math.Sqrt(2), 1 / Math.Sqrt(6) },
        { 1 / Math.Sqrt(3), 0, -2 / Math.Sqrt(6) },
    });

    public static Vector<double> Frame3T(Vector<double> v) => Frame3.TransposeThisAndMultiply(v);

    /// <summary>f(x, y) = cos x + cos y: a maximum at the origin, minima at (±π, ±π).</summary>
    public static double Bumps(Vector<double> v) => Math.Cos(v[0]) + Math.Cos(v[1]);

    public static Vector<double> BumpsGradient(Vector<double> v) => Vec(-Math.Sin(v[0]), -Math.Sin(v[1]));

    public static Matrix<double> BumpsHessian(Vector<double> v) => Mat(new[,] { { -Math.Cos(v[0]), 0 }, { 0, -Math.Cos(v[1]) } });

    /// <summary>f(x) = √(b² + x²), a smoothed |x| (one variable): convex everywhere, minimum b at 0.
    /// Far out its curvature b²/(b² + x²)^{3/2} is tiny, so the Newton step −x(b² + x²)/b²
    /// overshoots 0 by a factor ≈ x²/b².</summary>
    public static double SmoothAbs(Vector<double> v, double b) => Math.Sqrt(b * b + v[0] * v[0]);

    public static Vector<double> SmoothAbsGradient(Vector<double> v, double b) => Vec(v[0] / Math.Sqrt(b * b + v[0] * v[0]));

    public static Matrix<double> SmoothAbsHessian(Vector<double> v, double b) => Mat(new[,] { { b * b / Math.Pow(b * b + v[0] * v[0], 1.5) } });

    public static bool PositiveDefinite(Matrix<double> h) => h.Evd(Symmetricity.Symmetric).EigenValues.All(e => e.Real > 0);

    /// <summary>True when no iterate has a higher f than the one before (up to rounding).</summary>
    public static int FirstRise(IReadOnlyList<Vector<double>> iterates, Func<Vector<double>, double> f)
    {
        for (var k = 1; k < iterates.Count; k++)
        {
            double before = f(iterates[k - 1]), after = f(iterates[k]);
            if (!(after <= before + 1e-12 * (1 + Math.Abs(before)))) return k;
        }
        return -1;
    }
}

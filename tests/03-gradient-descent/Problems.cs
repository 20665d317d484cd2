using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace GradientDescent.HiddenTests;

/// <summary>f(x) = ½xᵀAx − bᵀx with a symmetric positive definite A whose eigenvalues are spread
/// evenly from 1 to κ (so λ_min = 1, λ_max = κ and the condition number is κ). Its minimum is
/// x* = A⁻¹b.</summary>
internal sealed class Quadratic
{
    public Matrix<double> A { get; }
    public Vector<double> B { get; }
    public Vector<double> XStar { get; }
    public double Kappa { get; }
    public double LambdaMax => Kappa;
    public int N => B.Count;

    private Quadratic(Matrix<double> a, Vector<double> b, double kappa)
    {
        A = a;
        B = b;
        Kappa = kappa;
        XStar = a.Solve(b);
    }

    /// <summary>A random rotation of diag(1, …, κ), a random b in [−1, 1]ⁿ.</summary>
    public static Quadratic Random(Random rng, int n, double kappa)
    {
        var q = rng.Matrix(n, n, -1, 1).QR().Q;
        var lambdas = Vector<double>.Build.Dense(n, i => 1 + (kappa - 1) * i / (n - 1.0));
        var a = q * Matrix<double>.Build.DenseOfDiagonalVector(lambdas) * q.Transpose();
        return new Quadratic((a + a.Transpose()) / 2, rng.Vector(n, -1, 1), kappa);
    }

    /// <summary>The same A with b = A·x0, so that x0 is the minimiser and ∇f(x0) is exactly 0.</summary>
    public Quadratic WithMinimumAt(Vector<double> x0) => new(A, A * x0, Kappa);

    public double F(Vector<double> x) => 0.5 * x.DotProduct(A * x) - B.DotProduct(x);

    public Vector<double> Grad(Vector<double> x) => A * x - B;

    public string Name => $"f(x) = ½xᵀAx − bᵀx in {N} variables (A symmetric positive definite, eigenvalues 1 … {Fmt.Num(Kappa)}, κ = {Fmt.Num(Kappa)})";
}

/// <summary>The other test functions, with their exact gradients.</summary>
internal static class Functions
{
    public static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    public const string RosenbrockName = "the Rosenbrock function (1 − x)² + 100(y − x²)²";

    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Vec(2 * (x - 1) + 400 * x * (x * x - y), 200 * (y - x * x));
    }

    /// <summary>f(x) = 1 − exp(−‖x‖²/2): a bowl at 0 whose outer part is a long, almost flat
    /// stretch. At ‖x‖ = 5 the gradient is still 1.9e-5, but a step of γ = 1 changes f by only
    /// 3.5e-10.</summary>
    public static double Plateau(Vector<double> x) => 1 - Math.Exp(-x.DotProduct(x) / 2);

    public static Vector<double> PlateauGradient(Vector<double> x) => Math.Exp(-x.DotProduct(x) / 2) * x;

    public const string PlateauName = "f(x) = 1 − exp(−‖x‖²/2)";
}

/// <summary>The tests' own implementation of the README's algorithms, to compute expected
/// iterates and iteration counts.</summary>
internal static class Expected
{
    public const double GrowthLimit = 1e6;
    public const int MaxReductions = 60;

    public static OptimizeResult Run(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, int maxIter, double gradTol, Func<Vector<double>, Vector<double>, Vector<double>> step)
    {
        var x = x0.Clone();
        var f0 = f(x);
        var limit = f0 + GrowthLimit * (1 + Math.Abs(f0));
        var history = new List<double> { f0 };
        for (var k = 0; ; k++)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new OptimizeResult(x, k, true, false, history);
            if (k == maxIter) return new OptimizeResult(x, k, false, false, history);
            var next = step(x, g);
            var fNext = next.All(double.IsFinite) ? f(next) : double.NaN;
            if (!(fNext <= limit) || !double.IsFinite(fNext)) return new OptimizeResult(x, k, false, true, history);
            x = next;
            history.Add(fNext);
        }
    }

    public static OptimizeResult GradientDescent(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, int maxIter, double gradTol) =>
        Run(f, grad, x0, maxIter, gradTol, (x, g) => x - gamma * g);

    public static OptimizeResult Momentum(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double gamma, double beta, int maxIter, double gradTol)
    {
        var v = Vector<double>.Build.Dense(x0.Count);
        return Run(f, grad, x0, maxIter, gradTol, (x, g) =>
        {
            v = beta * v - gamma * g;
            return x + v;
        });
    }

    public static double Armijo(Func<Vector<double>, double> f, Vector<double> x, Vector<double> g, double alpha0,
        double rho = 0.5, double c = 1e-4)
    {
        var fx = f(x);
        var slope = g.DotProduct(g);
        var alpha = alpha0;
        for (var j = 0; j < MaxReductions; j++)
        {
            if (f(x - alpha * g) <= fx - c * alpha * slope) return alpha;
            alpha *= rho;
        }
        return alpha;
    }

    public static OptimizeResult Backtracking(Func<Vector<double>, double> f, Func<Vector<double>, Vector<double>> grad,
        Vector<double> x0, double alpha0, int maxIter, double gradTol) =>
        Run(f, grad, x0, maxIter, gradTol, (x, g) => x - Armijo(f, x, g, alpha0) * g);
}

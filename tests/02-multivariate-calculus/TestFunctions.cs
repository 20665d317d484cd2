using MathNet.Numerics.LinearAlgebra;

namespace MultivariateCalculus.HiddenTests;

/// <summary>Smooth test functions with their derivatives worked out by hand, so the numerical
/// methods are compared against exact values.</summary>
internal static class TestFunctions
{
    // f(x) = sin(x0)·e^(x1/2) + x0·x2² − ln(1 + x1²), on ℝ³.
    public static double Scalar3(Vector<double> x) =>
        Math.Sin(x[0]) * Math.Exp(x[1] / 2) + x[0] * x[2] * x[2] - Math.Log(1 + x[1] * x[1]);

    public static Vector<double> Scalar3Gradient(Vector<double> x)
    {
        double e = Math.Exp(x[1] / 2), s = Math.Sin(x[0]), c = Math.Cos(x[0]);
        return Vector<double>.Build.DenseOfArray([
            c * e + x[2] * x[2],
            s * e / 2 - 2 * x[1] / (1 + x[1] * x[1]),
            2 * x[0] * x[2],
        ]);
    }

    public static Matrix<double> Scalar3Hessian(Vector<double> x)
    {
        double e = Math.Exp(x[1] / 2), s = Math.Sin(x[0]), c = Math.Cos(x[0]);
        var q = 1 + x[1] * x[1];
        double h00 = -s * e, h01 = c * e / 2, h02 = 2 * x[2];
        double h11 = s * e / 4 - (2 - 2 * x[1] * x[1]) / (q * q), h12 = 0, h22 = 2 * x[0];
        return Matrix<double>.Build.DenseOfArray(new[,] { { h00, h01, h02 }, { h01, h11, h12 }, { h02, h12, h22 } });
    }

    // g(x) = e^(0.3·x0 − 0.2·x3)·cos(x1 + 0.5·x2) + x0·x1·x3 + 0.1·(x2 − x3)³, on ℝ⁴: no special structure.
    public static double Scalar4(Vector<double> x) =>
        Math.Exp(0.3 * x[0] - 0.2 * x[3]) * Math.Cos(x[1] + 0.5 * x[2]) + x[0] * x[1] * x[3]
        + 0.1 * Math.Pow(x[2] - x[3], 3);

    // F(x) = (x0·x1 + sin x2, e^(x0 − x2) + x1²), ℝ³ → ℝ².
    public static Vector<double> Field32(Vector<double> x) =>
        Vector<double>.Build.DenseOfArray([x[0] * x[1] + Math.Sin(x[2]), Math.Exp(x[0] - x[2]) + x[1] * x[1]]);

    public static Matrix<double> Field32Jacobian(Vector<double> x)
    {
        var e = Math.Exp(x[0] - x[2]);
        return Matrix<double>.Build.DenseOfArray(new[,] { { x[1], x[0], Math.Cos(x[2]) }, { e, 2 * x[1], -e } });
    }

    // F(x) = (x0, x1, x0·x1, x0² − x1), ℝ² → ℝ⁴.
    public static Vector<double> Field24(Vector<double> x) =>
        Vector<double>.Build.DenseOfArray([x[0], x[1], x[0] * x[1], x[0] * x[0] - x[1]]);

    // F(x) = (x0²·x1, 5·x0 + sin x1), ℝ² → ℝ²: a square Jacobian that is far from symmetric.
    public static Vector<double> Field22(Vector<double> x) =>
        Vector<double>.Build.DenseOfArray([x[0] * x[0] * x[1], 5 * x[0] + Math.Sin(x[1])]);

    public static Matrix<double> Field22Jacobian(Vector<double> x) =>
        Matrix<double>.Build.DenseOfArray(new[,] { { 2 * x[0] * x[1], x[0] * x[0] }, { 5, Math.Cos(x[1]) } });

    // Rosenbrock, a = 1, b = 100, and its exact derivatives (the hidden tests' own copy).
    public static double Rosenbrock(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    public static Vector<double> RosenbrockGradient(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Vector<double>.Build.DenseOfArray([2 * (x - 1) + 400 * x * (x * x - y), 200 * (y - x * x)]);
    }

    public static Matrix<double> RosenbrockHessian(Vector<double> v)
    {
        double x = v[0], y = v[1];
        return Matrix<double>.Build.DenseOfArray(new[,] { { 1200 * x * x - 400 * y + 2, -400 * x }, { -400 * x, 200 } });
    }

    // The polar map (r, θ) ↦ (r cos θ, r sin θ).
    public static Vector<double> Polar(Vector<double> p) =>
        Vector<double>.Build.DenseOfArray([p[0] * Math.Cos(p[1]), p[0] * Math.Sin(p[1])]);

    public static Vector<double> Vec(params double[] xs) => Vector<double>.Build.DenseOfArray(xs);

    /// <summary>Central difference of f along coordinate i with step h, dividing by the step
    /// actually taken.</summary>
    public static double Central(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        var xp = x.Clone(); xp[i] += h;
        var xm = x.Clone(); xm[i] -= h;
        return (f(xp) - f(xm)) / (xp[i] - xm[i]);
    }

    public static double Forward(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        var xp = x.Clone(); xp[i] += h;
        return (f(xp) - f(x.Clone())) / (xp[i] - x[i]);
    }

    public static double Backward(Func<Vector<double>, double> f, Vector<double> x, int i, double h)
    {
        var xm = x.Clone(); xm[i] -= h;
        return (f(x.Clone()) - f(xm)) / (x[i] - xm[i]);
    }
}

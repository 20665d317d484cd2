using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod.HiddenTests;

/// <summary>f(x) = ½xᵀAx − bᵀx with A = Q·diag(λ)·Qᵀ for a random rotation Q: symmetric, with
/// the eigenvalues chosen (all positive for a bowl, mixed for a saddle). Its stationary point is A⁻¹b.</summary>
internal sealed class Quadratic
{
    public Matrix<double> A { get; }
    public Vector<double> B { get; }
    public Vector<double> XStar { get; }
    public int N => B.Count;

    private Quadratic(Matrix<double> a, Vector<double> b)
    {
        A = a;
        B = b;
        XStar = a.Solve(b);
    }

    public static Quadratic WithEigenvalues(Random rng, params double[] lambdas)
    {
        var n = lambdas.Length;
        var q = rng.Matrix(n, n, -1, 1).QR().Q;
        var a = q * Matrix<double>.Build.DenseOfDiagonalArray(lambdas) * q.Transpose();
        return new Quadratic((a + a.Transpose()) / 2, rng.Vector(n, -1, 1));
    }

    public double F(Vector<double> x) => 0.5 * x.DotProduct(A * x) - B.DotProduct(x);

    public Vector<double> Grad(Vector<double> x) => A * x - B;

    public Matrix<double> Hess(Vector<double> x) => A.Clone();

    public string Describe(string kind) => $"f(x) = ½xᵀAx − bᵀx in {N} variables ({kind}, eigenvalues of A: " +
        string.Join(", ", A.Evd(Symmetricity.Symmetric).EigenValues.Select(e => Fmt.Num(e.Real))) + ")";
}

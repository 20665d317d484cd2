using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers.HiddenTests;

/// <summary>The course's family: f = exp(−q/2) with q = a·x² + b·y² − c·xy, on the ellipse
/// ((x − x0)/rx)² + ((y − y0)/ry)² = 1. The course's own example is a = 2, b = 1, c = 1,
/// centre (0, −1), rx = 1, ry = 1/√3; the hidden tests use rescaled and shifted members.</summary>
internal sealed class EllipseProblem
{
    public double A { get; }
    public double B { get; }
    public double C { get; }
    public double X0 { get; }
    public double Y0 { get; }
    public double Rx { get; }
    public double Ry { get; }
    public ConstrainedProblem Problem { get; }

    public string Name { get; }

    public EllipseProblem(string name, double a, double b, double c, double x0, double y0, double rx, double ry)
    {
        (Name, A, B, C, X0, Y0, Rx, Ry) = (name, a, b, c, x0, y0, rx, ry);
        Problem = new ConstrainedProblem(F, GradF, HessF, G, GradG, HessG);
        _points = new Lazy<IReadOnlyList<(Vector<double>, double, PointKind)>>(() => Oracle.EllipsePoints(this));
    }

    // Several tests use the same problems: walk each ellipse once per process.
    private readonly Lazy<IReadOnlyList<(Vector<double> X, double Lambda, PointKind Kind)>> _points;

    /// <summary>Every stationary point (x*, λ*) and its kind, from <see cref="Oracle.EllipsePoints"/>.</summary>
    public IReadOnlyList<(Vector<double> X, double Lambda, PointKind Kind)> StationaryPoints => _points.Value;

    public static EllipseProblem Course { get; } =
        new("the course's f = exp(−(2x² + y² − xy)/2) on x² + 3(y + 1)² = 1", 2, 1, 1, 0, -1, 1, 1 / Math.Sqrt(3));

    /// <summary>Two members the public tests never use: other weights, a shifted and rescaled ellipse.</summary>
    public static EllipseProblem Hidden1 { get; } =
        new("f = exp(−(1.5x² + 1.2y² − 0.8xy)/2) on ((x − 0.3)/1.2)² + ((y + 0.9)/0.5)² = 1", 1.5, 1.2, 0.8, 0.3, -0.9, 1.2, 0.5);

    public static EllipseProblem Hidden2 { get; } =
        new("f = exp(−(x² + 2.5y² + 0.6xy)/2) on ((x + 0.4)/0.6)² + ((y − 0.7)/1.1)² = 1", 1, 2.5, -0.6, -0.4, 0.7, 0.6, 1.1);

    private double Q(Vector<double> v) => A * v[0] * v[0] + B * v[1] * v[1] - C * v[0] * v[1];

    private Vector<double> GradQ(Vector<double> v) => Vectors.Vec(2 * A * v[0] - C * v[1], 2 * B * v[1] - C * v[0]);

    public double F(Vector<double> v) => Math.Exp(-Q(v) / 2);

    public Vector<double> GradF(Vector<double> v) => -F(v) / 2 * GradQ(v);

    public Matrix<double> HessF(Vector<double> v)
    {
        var dq = GradQ(v);
        var hessQ = Vectors.Mat(new[,] { { 2 * A, -C }, { -C, 2 * B } });
        return F(v) / 4 * dq.OuterProduct(dq) - F(v) / 2 * hessQ;
    }

    public double G(Vector<double> v)
    {
        double u = (v[0] - X0) / Rx, w = (v[1] - Y0) / Ry;
        return u * u + w * w - 1;
    }

    public Vector<double> GradG(Vector<double> v) => Vectors.Vec(2 * (v[0] - X0) / (Rx * Rx), 2 * (v[1] - Y0) / (Ry * Ry));

    public Matrix<double> HessG(Vector<double> v) => Vectors.Mat(new[,] { { 2 / (Rx * Rx), 0 }, { 0, 2 / (Ry * Ry) } });

    /// <summary>The point at angle t on the ellipse, and its derivative along the curve.</summary>
    public Vector<double> At(double t) => Vectors.Vec(X0 + Rx * Math.Cos(t), Y0 + Ry * Math.Sin(t));

    public Vector<double> Tangent(double t) => Vectors.Vec(-Rx * Math.Sin(t), Ry * Math.Cos(t));

    public Vector<double> Centre => Vectors.Vec(X0, Y0);
}

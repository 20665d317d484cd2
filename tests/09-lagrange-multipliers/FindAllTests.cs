using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace LagrangeMultipliers.HiddenTests;

[TestFixture]
public class FindAllTests
{
    private const double Tol = 1e-12;

    /// <summary>Starts around the ellipse (16 angles, 10 % outside it, λ₀ = ±0.1) plus its centre,
    /// where ∇g = 0 makes the Newton system singular.</summary>
    private static IReadOnlyList<Vector<double>> EllipseStarts(EllipseProblem e)
    {
        var starts = new List<Vector<double>>();
        for (var k = 0; k < 16; k++)
        {
            var t = 2 * Math.PI * (k + 0.5) / 16;
            var x = e.Centre + 1.1 * (e.At(t) - e.Centre);
            starts.Add(Vectors.Z(x, 0.1));
            starts.Add(Vectors.Z(x, -0.1));
        }
        starts.Add(Vectors.Z(e.Centre, 0));
        return starts;
    }

    private static IReadOnlyList<StationaryPoint> FindAll(ConstrainedProblem p, IReadOnlyList<Vector<double>> starts, string where) =>
        Guard.Call(() => StationaryPoints.FindAll(p, starts.Select(s => s.Clone()).ToArray(), Tol), where);

    /// <summary>Fails unless the list holds every known point exactly once and nothing else.</summary>
    private static void AssertSame(Cases.Known known, IReadOnlyList<StationaryPoint>? got, string where)
    {
        Check.That(got is not null, $"{where} returned null; return a list (empty when nothing converged).");
        foreach (var r in got!)
        {
            Check.That(r is not null && r.Converged, $"{where} returned a result with Converged = false. {Mistakes.UnconvergedKept}");
            var (s, f) = Vectors.AllFinite(r!.Point) && r.Point!.Count == known.Points[0].X.Count
                ? Oracle.Kkt(known.Problem, r.Point, r.Lambda)
                : (double.NaN, double.NaN);
            // Converged is true here, so a point that is not stationary comes from the solver, not from FindAll.
            Check.That(s <= 1e-9 && f <= 1e-9,
                $"{where} returned x = {(r.Point is null ? "null" : Fmt.Point(r.Point))}, λ = {Fmt.Num(r.Lambda)} with Converged = true, which is not " +
                $"a stationary point (‖∇f − λ∇g‖ = {Fmt.Num(s)}, |g| = {Fmt.Num(f)}). FindAll's points come from LagrangeNewton.Solve: " +
                "make the newton tests pass first.");
        }
        for (var i = 0; i < got.Count; i++)
            for (var j = i + 1; j < got.Count; j++)
                Check.That((got[i].Point! - got[j].Point!).L2Norm() > StationaryPoints.SameTolerance,
                    $"{where} returned {got.Count} points, and {Fmt.Point(got[i].Point)} appears twice (entries {i} and {j}); " +
                    $"there are {known.Points.Count} distinct stationary points. {Mistakes.DuplicatePoints}");
        var missing = known.Points.Where(k => !got.Any(r => (r.Point - k.X).L2Norm() <= 1e-6)).ToList();
        Check.That(missing.Count == 0,
            $"{where} found {got.Count} of the {known.Points.Count} stationary points; missing: " +
            string.Join("; ", missing.Select(m => $"{Fmt.Point(m.X)} (λ = {Fmt.Num(m.Lambda)})")) +
            ". Run Solve from EVERY start (with MaxIterations = 50) and keep every converged result that is new.");
    }

    [Test, Points(4), Task("stationary-points")]
    public void FindAll_FindsEveryStationaryPointOnce()
    {
        ConstraintPlot.Record(EllipseProblem.Course, EllipseStarts(EllipseProblem.Course), Tol);
        foreach (var e in new[] { EllipseProblem.Course, EllipseProblem.Hidden1, EllipseProblem.Hidden2 })
        {
            var known = Cases.Ellipse(e);
            var starts = EllipseStarts(e);
            var where = $"StationaryPoints.FindAll for {known.Name} from {starts.Count} starts around the ellipse and at its centre";
            AssertSame(known, FindAll(e.Problem, starts, where), where);
        }
    }

    [Test, Points(2), Task("stationary-points")]
    public void FindAll_ReturnsEachPointOnceWhenManyStartsLeadToIt()
    {
        var known = Cases.LinearOnSphere();
        var rng = Seeded.Rng(931);
        var starts = new List<Vector<double>>();
        foreach (var (x, lambda, _) in known.Points)
            for (var k = 0; k < 10; k++)
                starts.Add(Vectors.Z(x + rng.Vector(3, -0.1, 0.1), lambda + rng.Uniform(-0.1, 0.1)));
        var where = $"StationaryPoints.FindAll for {known.Name} from 20 starts, 10 near each of its 2 stationary points";
        AssertSame(known, FindAll(known.Problem, starts, where), where);
    }

    [Test, Points(2), Task("stationary-points")]
    public void FindAll_DropsRunsThatDidNotConverge()
    {
        var known = Cases.QuadraticOnSphere(932, [0.7, 1.6, 3.1]);
        var rng = Seeded.Rng(933);
        var starts = new List<Vector<double>>();
        foreach (var (x, lambda, _) in known.Points)
            starts.Add(Vectors.Z(x + rng.Vector(3, -0.05, 0.05), lambda + rng.Uniform(-0.05, 0.05)));
        // At x = 0 the Newton system is singular whatever λ is: these runs cannot converge.
        starts.Insert(2, Vectors.Z(Vectors.Vec(0, 0, 0), 1.6));
        starts.Add(Vectors.Z(Vectors.Vec(0, 0, 0), 0.3));
        var where = $"StationaryPoints.FindAll for {known.Name} from a start near each of its 6 stationary points and 2 starts at x = 0 " +
                    "(a singular system there, so those runs do not converge)";
        AssertSame(known, FindAll(known.Problem, starts, where), where);
    }
}

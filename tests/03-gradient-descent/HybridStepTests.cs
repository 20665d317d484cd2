using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace GradientDescent.HiddenTests;

[TestFixture]
public class HybridStepTests
{
    private static Matrix<double> Mat(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    private static string Eigenvalues(Matrix<double> h) =>
        string.Join(", ", h.Evd(Symmetricity.Symmetric).EigenValues.Select(e => Fmt.Num(e.Real)));

    /// <summary>Why a test of positive definiteness may have let this H through: a positive diagonal or
    /// determinant is necessary for it, not sufficient. Empty when neither holds.</summary>
    private static string LooksPositive(Matrix<double> h) =>
        Enumerable.Range(0, h.RowCount).All(i => h[i, i] > 0)
            ? "Every diagonal entry of H is positive, but that does not make H positive definite. "
            : h.Determinant() > 0
                ? $"det H = {Fmt.Num(h.Determinant())} is positive, but that does not make H positive definite (an even number of negative eigenvalues multiplies to a positive number). "
                : "";

    private static Vector<double> Call(Vector<double> j, Matrix<double> h, double gamma, double maxStep, string where) =>
        Guard.Call(() => Steps.SandpitHybridStep(j, h, gamma, maxStep), where,
            "A Hessian that is not positive definite (a failed Cholesky, a singular matrix) is not an error here: return −γ·J instead.");

    [Test, Points(2), Task("hybrid-step")]
    public void HybridStep_IsTheNewtonStepNearTheMinimumOfAnSpdQuadratic()
    {
        var rng = Seeded.Rng(601);
        foreach (var (n, kappa) in new[] { (2, 3.0), (3, 10.0), (4, 6.0) })
        {
            var q = Quadratic.Random(rng, n, kappa);
            var x = q.XStar + rng.Vector(n, -0.3, 0.3);
            var j = q.Grad(x);
            const double gamma = 0.05, maxStep = 2;
            var where = $"Steps.SandpitHybridStep at x = {Fmt.Point(x)} near the minimum of {q.Name}: J = {Fmt.Point(j)}, H = A, γ = 0.05, maxStep = 2";
            var newton = -q.A.Solve(j);
            var got = Call(j.Clone(), q.A.Clone(), gamma, maxStep, where);
            var hint = Diagnose.Pick(got, newton,
                "H is positive definite and the Newton step −H⁻¹J is short and points downhill, so it is the step to return.",
                (-gamma * j, "Mistake [m03.hybrid-never-newton]: You returned the gradient step −γ·J, but H is positive definite and the Newton step −H⁻¹J " +
                             $"(length {Fmt.Num(newton.L2Norm())} ≤ maxStep = 2) points downhill. Fix: return the Newton step."),
                (-newton, "Mistake [m03.newton-sign]: you returned +H⁻¹J, which points uphill. Fix: the Newton step is −H⁻¹J (solve H·s = −J)."),
                (-(q.A * j), "Mistake [m03.newton-multiplies-by-h]: you multiplied by H. Fix: the Newton step divides by it, s = −H⁻¹J (solve H·s = −J, e.g. H.Solve(-J))."),
                (-j, "Mistake [m03.newton-without-h]: that is −J, H is left out. Fix: the Newton step is −H⁻¹J."));
            Check.That(got is not null && got.Count == n, $"{where} returned {(got is null ? "null" : $"a vector of length {got.Count}")}; expected length {n}.");
            Approx.Equal(got!, newton, where, "the Newton step −H⁻¹J (= x* − x: one step lands on the minimum)", rtol: 1e-12,
                atol: 1e-12 * newton.L2Norm(), hint: hint);
        }
    }

    [Test, Points(2), Task("hybrid-step")]
    public void HybridStep_IsTheGradientStepWhenHIsNotPositiveDefinite()
    {
        const double gamma = 0.1, maxStep = 2;
        var cases = new (string Name, Matrix<double> H, Vector<double> J)[]
        {
            // Saddle: the Newton step (−0.5, 0.04) is short and even points downhill, but it heads for the saddle point.
            ("a saddle, H = diag(2, −1), where the Newton step points downhill and is short",
                Mat(new double[,] { { 2, 0 }, { 0, -1 } }), Functions.Vec(1, 0.04)),
            // Saddle with a rotated H: the Newton step points uphill.
            ("a saddle, H = [[1, 2], [2, 1]] (eigenvalues 3, −1), where the Newton step points uphill",
                Mat(new double[,] { { 1, 2 }, { 2, 1 } }), Functions.Vec(0.3, -0.5)),
            // A maximum: −H⁻¹J points straight uphill.
            ("a maximum, H = [[−3, 1], [1, −2]] (negative definite)", Mat(new double[,] { { -3, 1 }, { 1, -2 } }), Functions.Vec(0.4, 0.2)),
            // Singular: no Newton step exists.
            ("a singular H = diag(3, 0)", Mat(new double[,] { { 3, 0 }, { 0, 0 } }), Functions.Vec(0.5, 0.5)),
            // Indefinite 3×3.
            ("H = diag(4, 1, −0.5) in 3 variables", Mat(new double[,] { { 4, 0, 0 }, { 0, 1, 0 }, { 0, 0, -0.5 } }), Functions.Vec(0.2, 0.1, 0.01)),
            // The last two catch stand-ins for positive definiteness that the cases above let through:
            // the Newton step is short and points downhill in both. Every diagonal entry is positive here
            // (Newton step −(1/3, 1/3)) ...
            ("a saddle, H = [[1, 2], [2, 1]] (eigenvalues 3, −1, every diagonal entry positive), where the Newton step points downhill and is short",
                Mat(new double[,] { { 1, 2 }, { 2, 1 } }), Functions.Vec(1, 1)),
            // ... and here det H = 2 > 0 and H[0,0] > 0 (Newton step (−0.5, 0.1, 0.1)).
            ("a saddle, H = diag(2, −1, −1) in 3 variables (det H = 2 > 0), where the Newton step points downhill and is short",
                Mat(new double[,] { { 2, 0, 0 }, { 0, -1, 0 }, { 0, 0, -1 } }), Functions.Vec(1, 0.1, 0.1)),
            // In 3 variables a positive diagonal, trace and determinant together are not enough (the 2 × 2 tests):
            // eigenvalues 5, −1, −1; Newton step −(1, 1, 1)/5.
            ("a saddle, H = [[1, 2, 2], [2, 1, 2], [2, 2, 1]] (eigenvalues 5, −1, −1; diagonal, trace and det H = 5 all positive), where the Newton step points downhill and is short",
                Mat(new double[,] { { 1, 2, 2 }, { 2, 1, 2 }, { 2, 2, 1 } }), Functions.Vec(1, 1, 1)),
        };
        foreach (var (name, h, j) in cases)
        {
            var where = $"Steps.SandpitHybridStep at {name}, J = {Fmt.Point(j)}, γ = 0.1, maxStep = 2";
            var expected = -gamma * j;
            var got = Call(j.Clone(), h.Clone(), gamma, maxStep, where);
            Check.That(got is not null && got.Count == j.Count, $"{where} returned {(got is null ? "null" : $"a vector of length {got.Count}")}.");
            Check.That(Results.AllFinite(got), $"{where} returned {Fmt.Point(got!)}, which is not finite: when H is singular there is no Newton step; return −γ·J.");
            string hint;
            var newton = h.Determinant() != 0 ? -h.Solve(j) : null;
            if (newton is not null && Diagnose.AllClose(got, newton, 1e-9, 1e-13))
                hint = newton.DotProduct(-j) > 0
                    ? $"Mistake [m03.hybrid-no-definiteness-check]: You returned the Newton step −H⁻¹J. It is short and points downhill here, but H has eigenvalues {Eigenvalues(h)}: it is " +
                      "not positive definite, so the quadratic model has no minimum and −H⁻¹J heads for its saddle point. " + LooksPositive(h) + "Fix: use the Newton step " +
                      "only when H is positive definite (e.g. all eigenvalues > 0, or H.Cholesky() succeeds); otherwise return −γ·J."
                    : "Mistake [m03.hybrid-no-definiteness-check]: You returned the Newton step −H⁻¹J, which points uphill here (step · (−J) < 0): it heads for a maximum or a saddle. " +
                      "Fix: fall back to −γ·J whenever H is not positive definite.";
            else if (Diagnose.AllClose(got, gamma * j, 1e-12, 1e-15))
                hint = GradientStepTests.Climbing;
            else
                hint = $"H has eigenvalues {Eigenvalues(h)}, so it is not positive definite: return the gradient step −γ·J.";
            Approx.Equal(got!, expected, where, "the gradient step −γ·J", rtol: 1e-14, atol: 1e-16, hint: hint);
        }
    }

    [Test, Points(1), Task("hybrid-step")]
    public void HybridStep_FallsBackWhenTheNewtonStepIsLongerThanMaxStep()
    {
        var h = Mat(new double[,] { { 2, 0.5 }, { 0.5, 1 } });
        const double gamma = 0.1;
        foreach (var (j, maxStep) in new[] { (Functions.Vec(4, 3), 2.0), (Functions.Vec(-1, 2), 1.5) })
        {
            var newton = -h.Solve(j);
            var where = $"Steps.SandpitHybridStep with H = [[2, 0.5], [0.5, 1]] (positive definite), J = {Fmt.Point(j)}, γ = 0.1, maxStep = {Fmt.Num(maxStep)} " +
                        $"(the Newton step has length {Fmt.Num(newton.L2Norm())})";
            var got = Call(j.Clone(), h.Clone(), gamma, maxStep, where);
            Check.That(got is not null && got.Count == 2, $"{where} returned {(got is null ? "null" : $"a vector of length {got.Count}")}.");
            Approx.Equal(got!, -gamma * j, where, "the gradient step −γ·J", rtol: 1e-14, atol: 1e-16,
                hint: Diagnose.AllClose(got, newton, 1e-9, 1e-13)
                    ? $"Mistake [m03.hybrid-ignores-max-step]: The Newton step is {Fmt.Num(newton.L2Norm())} long, more than maxStep = {Fmt.Num(maxStep)}: the quadratic model is not " +
                      "trusted that far. Fix: fall back to −γ·J when ‖step‖ > maxStep."
                    : "When the Newton step is longer than maxStep, return the gradient step −γ·J (not a shortened Newton step).");
        }
        // Just inside the limit the Newton step is kept.
        var jIn = Functions.Vec(1, 1);
        var inside = -h.Solve(jIn);
        var whereIn = $"Steps.SandpitHybridStep with H = [[2, 0.5], [0.5, 1]], J = (1, 1), γ = 0.1, maxStep = {Fmt.Num(1.05 * inside.L2Norm())} " +
                      $"(the Newton step has length {Fmt.Num(inside.L2Norm())}, just inside)";
        var gotIn = Call(jIn.Clone(), h.Clone(), gamma, 1.05 * inside.L2Norm(), whereIn);
        Approx.Equal(gotIn, inside, whereIn, "the Newton step −H⁻¹J", rtol: 1e-12, atol: 1e-14,
            hint: "Fall back only when the Newton step is LONGER than maxStep.");
        // Exactly at the limit (a tie): "no longer than maxStep" keeps the Newton step. H = 4I, J = (12, 0):
        // the step is (−3, 0), of length exactly 3 (every solver is exact on 4I: √4 = 2, 12/4 = 3).
        var four = Mat(new double[,] { { 4, 0 }, { 0, 4 } });
        const string whereTie = "Steps.SandpitHybridStep with H = 4I, J = (12, 0), γ = 0.1, maxStep = 3 (the Newton step (−3, 0) has length exactly 3)";
        Approx.Equal(Call(Functions.Vec(12, 0), four, gamma, 3, whereTie), Functions.Vec(-3, 0), whereTie, "the Newton step −H⁻¹J", rtol: 1e-12, atol: 1e-14,
            hint: "Mistake [m03.hybrid-max-step-tie]: a Newton step exactly maxStep long was rejected. Fix: fall back only when ‖step‖ > maxStep (strictly longer).");
        // A positive definite but nearly singular H: the Newton step overflows to ∞. With no length
        // limit (maxStep = ∞) only the README's finiteness rule rejects it.
        var tiny = Mat(new double[,] { { 1e-310, 0 }, { 0, 2 } });
        const string whereInf = "Steps.SandpitHybridStep with H = diag(1e-310, 2) (positive definite, nearly singular), J = (1, 1), γ = 0.1, maxStep = ∞ (the Newton step overflows to (−∞, −0.5))";
        var gotInf = Call(Functions.Vec(1, 1), tiny, gamma, double.PositiveInfinity, whereInf);
        Approx.Equal(gotInf, Functions.Vec(-0.1, -0.1), whereInf, "the gradient step −γ·J", rtol: 1e-14, atol: 1e-16,
            hint: Results.AllFinite(gotInf) ? null
                : "Mistake [m03.hybrid-accepts-infinite-step]: a Newton step that is not finite was returned. Fix: fall back to −γ·J unless every component of the Newton step is finite.");
    }

    [Test, Points(1), Task("hybrid-step")]
    public void HybridStep_LeavesJAndHUnchanged()
    {
        var h = Mat(new double[,] { { 3, 1 }, { 1, 2 } });
        var j = Functions.Vec(0.5, -0.25);
        double[,] hBefore = h.ToArray();
        double[] jBefore = j.ToArray();
        var newton = -h.Solve(j);
        var got = Call(j, h, 0.1, 2, "Steps.SandpitHybridStep with H = [[3, 1], [1, 2]], J = (0.5, −0.25)");
        Check.That(j.ToArray().SequenceEqual(jBefore) && h.ToArray().Cast<double>().SequenceEqual(hBefore.Cast<double>()),
            $"Mistake [m03.mutates-arguments]: Steps.SandpitHybridStep changed its arguments: J is now {Fmt.Point(j)}, H is now [{string.Join(", ", h.ToRowArrays().Select(r => Fmt.Point(r)))}]. " +
            "Fix: solve into a new vector (H.Solve(J) returns one) and never factor or negate H or J in place.");
        // It must still return one of the two steps (which one has its own tests): zeros do not earn this point.
        Check.That(Diagnose.AllClose(got, newton, 1e-12, 1e-14) || Diagnose.AllClose(got, -0.1 * Functions.Vec(jBefore), 1e-12, 1e-14),
            $"Steps.SandpitHybridStep with H = [[3, 1], [1, 2]], J = (0.5, −0.25), γ = 0.1, maxStep = 2 returned {(got is null ? "null" : Fmt.Point(got))}; " +
            $"expected the Newton step −H⁻¹J = {Fmt.Point(newton)} (H is positive definite and the step is short).");
    }
}

using Calculus.TestSupport;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class CostTests
{
    [Test, Points(1), Task("cost")]
    public void Cost_IsTheSquaredErrorSummedOverOutputsAndAveragedOverSamples()
    {
        // The 2-4-3 network (three outputs) comes first: with two outputs, dividing by n_L and
        // halving give the same number, and the message could not tell which was done.
        foreach (var (net, x, y) in new[] { Hidden.RandomNet([2, 4, 3], 15, salt: 44), Hidden.CourseNet(), Hidden.Random3542() })
        {
            var what = $"Backpropagation.Cost on a {GradientAssert.Describe(net)} network with N = {x.ColumnCount} samples";
            var expected = Oracle.Cost(net, x, y);
            var (net0, x0, y0) = (net.Clone(), x.Clone(), y.Clone());
            var got = Student.Call(() => Backpropagation.Cost(net, x, y), what);
            int n = x.ColumnCount, outputs = net.Sizes[net.L];
            var hint = PickHint(got, expected,
                (expected * n, $"Mistake [m04.cost-sum-not-mean]: that is N = {n} times too large: you summed over the samples. " +
                               "Fix: divide by N: the cost is a MEAN over samples."),
                (expected / outputs, $"Mistake [m04.cost-mean-over-outputs]: that is n_L = {outputs} times too small: you averaged over " +
                                     "the outputs as well (divided by N·n_L, like a mean over every entry). Fix: sum the squared errors " +
                                     "over the outputs; divide by N only."),
                (Math.Sqrt(expected * n) / n, "Mistake [m04.cost-norm-not-squared]: that is ‖A[L] − Y‖_F / N. Fix: square the Frobenius " +
                                              "norm (C = ‖A[L] − Y‖²_F / N)."),
                (expected / 2, "Mistake [m04.cost-half]: that is half the cost. Fix: the course's cost has no ½, C = ‖A[L] − Y‖²_F / N."),
                (expected / n, "Mistake [m04.cost-divided-twice]: that divides by N². Fix: divide the sum of squares by N once."));
            Approx.Equal(got, expected, what, "‖A[L] − Y‖²_F / N from the tests' own forward pass", rtol: 1e-10, atol: 1e-14, hint: hint);
            Check.That(x.Equals(x0) && y.Equals(y0) && Enumerable.Range(1, net.L).All(l => net.W[l].Equals(net0.W[l]) && net.B[l].Equals(net0.B[l])),
                $"{what}: Mistake [m04.cost-mutates-input]: Cost changed the network, X or Y it was given. Fix: compute into new matrices " +
                "(Forward, then A[L] − Y); leave the inputs as they were.");
        }
    }

    [Test, Points(1), Task("cost")]
    public void Cost_IsUnchangedWhenEverySampleIsDuplicated()
    {
        var (net, x, y) = Hidden.CourseNet();
        var what = $"Backpropagation.Cost on {GradientAssert.Describe(net)}";
        var once = Student.Call(() => Backpropagation.Cost(net.Clone(), x.Clone(), y.Clone()), what);
        var twice = Student.Call(() => Backpropagation.Cost(net.Clone(), Hidden.Twice(x), Hidden.Twice(y)), what);
        // A cost that ignores the data is trivially unchanged by duplicating it.
        var shifted = Student.Call(() => Backpropagation.Cost(net.Clone(), x.Clone(), y.Map(v => 1 - v)), what);
        Check.That(!Approx.Close(shifted, once, 1e-9, 0),
            $"{what}: the cost is {Fmt.Num(once)} both for the targets Y and for 1 − Y; C = ‖A[L] − Y‖²_F / N depends on the targets. " +
            "Compute it from the forward pass and Y.");
        var hint = Approx.Close(twice, 2 * once, 1e-9, 1e-14)
            ? "Mistake [m04.cost-sum-not-mean]: it doubled: the cost sums over the samples. Fix: it must be the mean over the N samples, " +
              "so divide by N = X.ColumnCount."
            : "A mean over the samples does not change when every sample appears twice.";
        Approx.Equal(twice, once, $"{what} with every sample (column of X and Y) duplicated, N = {2 * x.ColumnCount}",
            $"the cost of the original N = {x.ColumnCount} samples", rtol: 1e-10, atol: 1e-14, hint: hint);
    }

    private static string PickHint(double got, double expected, params (double Value, string Hint)[] candidates)
    {
        foreach (var (value, hint) in candidates)
            if (!Approx.Close(value, expected, 1e-6, 1e-14) && Approx.Close(got, value, 1e-9, 1e-14))
                return hint;
        return "C = ‖A[L] − Y‖²_F / N: the squares of every entry of A[L] − Y, summed, divided by the number of samples N " +
               "(X.ColumnCount). Cost uses your Forward: if the Forward tests fail, fix those first.";
    }
}

using Calculus.TestSupport;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

[TestFixture]
public class CostTests
{
    [Test, Points(1), Task("cost")]
    public void Cost_IsTheSquaredErrorSummedOverOutputsAndAveragedOverSamples()
    {
        foreach (var (net, x, y) in new[] { Hidden.CourseNet(), Hidden.Random3542() })
        {
            var what = $"Backpropagation.Cost on a {GradientAssert.Describe(net)} network with N = {x.ColumnCount} samples";
            var got = Student.Call(() => Backpropagation.Cost(net, x, y), what);
            var expected = Oracle.Cost(net, x, y);
            int n = x.ColumnCount, outputs = net.Sizes[net.L];
            var hint = PickHint(got, expected,
                (expected * n, $"That is N = {n} times too large: you summed over the samples. Divide by N: the cost is a MEAN over samples."),
                (expected / outputs, $"That is n_L = {outputs} times too small: you averaged over the outputs as well (divided by N·n_L, like a " +
                                     "mean over every entry). Sum the squared errors over the outputs; divide by N only."),
                (Math.Sqrt(expected * n) / n, "That is ‖A[L] − Y‖_F / N: square the Frobenius norm (C = ‖A[L] − Y‖²_F / N)."),
                (expected / 2, "That is half the cost: the course's cost has no ½, C = ‖A[L] − Y‖²_F / N."),
                (expected / n, "That divides by N²: divide the sum of squares by N once."));
            Approx.Equal(got, expected, what, "‖A[L] − Y‖²_F / N from the tests' own forward pass", rtol: 1e-10, atol: 1e-14, hint: hint);
        }
    }

    [Test, Points(1), Task("cost")]
    public void Cost_IsUnchangedWhenEverySampleIsDuplicated()
    {
        var (net, x, y) = Hidden.CourseNet();
        var what = $"Backpropagation.Cost on {GradientAssert.Describe(net)}";
        var once = Student.Call(() => Backpropagation.Cost(net, x, y), what);
        var twice = Student.Call(() => Backpropagation.Cost(net, Hidden.Twice(x), Hidden.Twice(y)), what);
        var hint = Approx.Close(twice, 2 * once, 1e-9, 1e-14)
            ? "It doubled: the cost sums over the samples. It must be the mean over the N samples, so divide by N = X.ColumnCount."
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

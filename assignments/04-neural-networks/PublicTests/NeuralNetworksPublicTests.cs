using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.PublicTests;

// A few sample tests to run with `dotnet test`. The grader's hidden tests check the same methods
// on other networks, data and seeds, and more strictly (see README.md, "How it is graded").
[TestFixture]
public class NeuralNetworksPublicTests
{
    private static Matrix<double> M(double[,] a) => Matrix<double>.Build.DenseOfArray(a);

    /// <summary>The README's worked example: a 1-2-2 network and two samples.</summary>
    private static (Network Net, Matrix<double> X, Matrix<double> Y) WorkedExample() => (
        new Network((M(new[,] { { 0.5 }, { -1.0 } }), M(new[,] { { 0.0 }, { 0.5 } })),
                    (M(new[,] { { 1.0, -1.0 }, { 0.5, 0.5 } }), M(new[,] { { 0.2 }, { -0.3 } }))),
        M(new[,] { { 0.0, 1.0 } }),
        M(new[,] { { 1.0, 0.0 }, { 0.0, 1.0 } }));

    /// <summary>The cost computed here, independently of your code, for the finite differences.</summary>
    private static double CostHere(Network net, Matrix<double> x, Matrix<double> y)
    {
        var a = x;
        for (var l = 1; l <= net.L; l++)
            a = Activation.Sigma(net.W[l] * a + net.B[l] * Matrix<double>.Build.Dense(1, x.ColumnCount, 1.0));
        var d = a - y;
        return d.PointwiseMultiply(d).Enumerate().Sum() / x.ColumnCount;
    }

    /// <summary>Central differences of CostHere for every entry of p (h = 1e-5).</summary>
    private static Matrix<double> Numerical(Network net, Matrix<double> x, Matrix<double> y, Matrix<double> p)
    {
        var n = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        for (var i = 0; i < p.RowCount; i++)
            for (var j = 0; j < p.ColumnCount; j++)
            {
                var saved = p[i, j];
                p[i, j] = saved + 1e-5;
                var up = CostHere(net, x, y);
                p[i, j] = saved - 1e-5;
                var down = CostHere(net, x, y);
                p[i, j] = saved;
                n[i, j] = (up - down) / 2e-5;
            }
        return n;
    }

    private static double NormRelative(Matrix<double> a, Matrix<double> n) =>
        (a - n).FrobeniusNorm() / (a.FrobeniusNorm() + n.FrobeniusNorm());

    [Test]
    public void ForwardAndCost_OnTheWorkedExample()
    {
        var (net, x, y) = WorkedExample();
        var cache = Backpropagation.Forward(net, x);

        Assert.That(cache.A[0], Is.EqualTo(x), "A[0] is the input X");
        Assert.That(cache.Z[1].ToArray(), Is.EqualTo(new[,] { { 0.0, 0.5 }, { 0.5, -0.5 } }).Within(1e-12), "Z[1] = W[1]·X + b[1]");
        Assert.That(cache.A[1][0, 1], Is.EqualTo(0.622459).Within(1e-6), "A[1] = σ(Z[1])");
        Assert.That(cache.Z[2][0, 0], Is.EqualTo(0.077541).Within(1e-6), "Z[2] = W[2]·A[1] + b[2]");
        Assert.That(cache.A[2].ToArray(), Is.EqualTo(new[,] { { 0.519375, 0.609430 }, { 0.564939, 0.549834 } }).Within(1e-6), "A[2] = σ(Z[2])");
        Assert.That(Backpropagation.Cost(net, x, y), Is.EqualTo(0.562105).Within(1e-6), "C = ‖A[2] − Y‖²_F / N with N = 2");
    }

    [Test]
    public void Backprop_OnTheWorkedExample()
    {
        var (net, x, y) = WorkedExample();
        var g = Backpropagation.Backprop(net, x, y);

        Assert.That(g.DW[2].ToArray(), Is.EqualTo(new[,] { { 0.030306, -0.019914 }, { 0.000070, 0.044363 } }).Within(1e-6), "DW[2]");
        Assert.That(g.DB[2].ToArray(), Is.EqualTo(new[,] { { 0.025084 }, { 0.027429 } }).Within(1e-6), "DB[2] is a 2×1 column");
        Assert.That(g.DW[1].ToArray(), Is.EqualTo(new[,] { { 0.020997 }, { -0.047182 } }).Within(1e-6), "DW[1]");
        Assert.That(g.DB[1].ToArray(), Is.EqualTo(new[,] { { 0.008360 }, { -0.002672 } }).Within(1e-6), "DB[1]");
    }

    [Test]
    public void CourseJacobians_OnThe1672Network_MatchFiniteDifferences()
    {
        var (x, y) = CourseData.Heart(100);
        var net = Network.Random([1, 6, 7, 2], seed: 1);
        var cache = Backpropagation.Forward(net, x);
        var cases = new (Func<Matrix<double>> Jacobian, Matrix<double> Parameter, string Name)[]
        {
            (() => Backpropagation.J_W3(net, cache, y), net.W[3], "J_W3"), (() => Backpropagation.J_b3(net, cache, y), net.B[3], "J_b3"),
            (() => Backpropagation.J_W2(net, cache, y), net.W[2], "J_W2"), (() => Backpropagation.J_b2(net, cache, y), net.B[2], "J_b2"),
            (() => Backpropagation.J_W1(net, cache, y), net.W[1], "J_W1"), (() => Backpropagation.J_b1(net, cache, y), net.B[1], "J_b1"),
        };
        foreach (var (jacobian, parameter, name) in cases)
        {
            var j = jacobian();
            Assert.That((j.RowCount, j.ColumnCount), Is.EqualTo((parameter.RowCount, parameter.ColumnCount)), $"{name} has the shape of its parameter");
            Assert.That(NormRelative(j, Numerical(net, x, y, parameter)), Is.LessThan(1e-6), $"{name} vs central differences");
        }
    }

    [Test]
    public void Backprop_OnThe1672Network_MatchesFiniteDifferences()
    {
        var (x, y) = CourseData.Heart(100);
        var net = Network.Random([1, 6, 7, 2], seed: 1);
        var g = Backpropagation.Backprop(net, x, y);
        for (var l = 1; l <= net.L; l++)
        {
            Assert.That(NormRelative(g.DW[l], Numerical(net, x, y, net.W[l])), Is.LessThan(1e-6), $"DW[{l}] vs central differences");
            Assert.That(NormRelative(g.DB[l], Numerical(net, x, y, net.B[l])), Is.LessThan(1e-6), $"DB[{l}] vs central differences");
        }
    }

    [Test]
    public void StepAndTrain_LowerTheCost()
    {
        var (net, x, y) = WorkedExample();
        var g = Backpropagation.Backprop(net, x, y);
        var stepped = net.Clone();
        Training.Step(stepped, g, 3.0);
        Assert.That(stepped.W[2][0, 0], Is.EqualTo(1.0 - 3.0 * g.DW[2][0, 0]).Within(1e-12), "W ← W − η·DW");
        Assert.That(CostHere(stepped, x, y), Is.EqualTo(0.542666).Within(1e-6), "the cost after one step with η = 3");

        var (hx, hy) = CourseData.Heart(100);
        var costs = Training.Train(Network.Random([1, 6, 7, 2], seed: 1), hx, hy, 3.0, 200);
        Assert.That(costs, Has.Length.EqualTo(201), "steps + 1 costs");
        Assert.That(costs[0], Is.EqualTo(0.241102).Within(1e-6), "costs[0] is the cost before training");
        Assert.That(costs[200], Is.EqualTo(0.104071).Within(1e-5), "after 200 steps with η = 3");
    }

    [Test]
    public void GradientCheck_PassesACorrectGradientAndFlagsAWrongOne()
    {
        var (x, y) = CourseData.Heart(100);
        var net = Network.Random([1, 6, 7, 2], seed: 1);
        var g = Backpropagation.Backprop(net, x, y).Flatten();
        double Cost() => CostHere(net, x, y);

        Assert.That(GradientChecking.GradientCheck(Cost, net.Parameters(), g, 1e-5), Is.LessThan(1e-6), "a correct gradient");
        var doubled = g.Select(m => 2 * m).ToList();
        Assert.That(GradientChecking.GradientCheck(Cost, net.Parameters(), doubled, 1e-5), Is.EqualTo(1.0 / 3).Within(1e-6),
            "every entry doubled: ‖2n − n‖ / (‖2n‖ + ‖n‖) = 1/3");
    }
}

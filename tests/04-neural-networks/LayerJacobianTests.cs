using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace NeuralNetworks.HiddenTests;

/// <summary>The course-style per-layer Jacobians of the 1-6-7-2 network. Each is given the cache
/// of the tests' own forward pass (consistent with the network: A[l] = σ(Z[l])), so these tests do
/// not depend on your Forward.</summary>
[TestFixture]
public class LayerJacobianTests
{
    private delegate Matrix<double> LayerJacobian(Network net, ForwardCache cache, Matrix<double> y);

    private static void CheckLayer(LayerJacobian method, string name, int l, bool isBias)
    {
        var (net, x, y) = Hidden.CourseNet();
        var cache = Oracle.Cache(net, x);
        var what = $"Backpropagation.{name} on the course's {GradientAssert.Describe(net)} network, heart-curve data, N = {x.ColumnCount}";
        var got = Student.Call(() => method(net, cache, y), what);
        GradientAssert.Shape(got, net, l, isBias, x.ColumnCount, what);
        var parameter = isBias ? net.B[l] : net.W[l];
        var fd = Oracle.FiniteDifferences(net, x, y, parameter);
        var truth = Oracle.Backprop(net, x, y);
        Matrix<double> Pick(Gradients g) => isBias ? g.DB[l] : g.DW[l];
        GradientAssert.OneMatrix(got, fd, Pick(truth), s => Pick(Oracle.Backprop(net, x, y, s)), net, x.ColumnCount, what,
            isBias ? $"∂C/∂b[{l}]" : $"∂C/∂W[{l}]");
    }

    [Test, Points(1), Task("output-layer")]
    public void J_W3_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W3, "J_W3", 3, isBias: false);

    [Test, Points(1), Task("output-layer")]
    public void J_b3_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b3, "J_b3", 3, isBias: true);

    [Test, Points(2), Task("layer-jacobians")]
    public void J_W2_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W2, "J_W2", 2, isBias: false);

    [Test, Points(1), Task("layer-jacobians")]
    public void J_b2_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b2, "J_b2", 2, isBias: true);

    [Test, Points(2), Task("layer-jacobians")]
    public void J_W1_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_W1, "J_W1", 1, isBias: false);

    [Test, Points(1), Task("layer-jacobians")]
    public void J_b1_MatchesFiniteDifferences() => CheckLayer(Backpropagation.J_b1, "J_b1", 1, isBias: true);
}

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>Steepest descent on the cost.</summary>
public static class Training
{
    /// <summary>One steepest-descent step, in place: W[l] ← W[l] − η·DW[l] and
    /// B[l] ← B[l] − η·DB[l] for l = 1..L.</summary>
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (var l = 1; l <= net.L; l++)
        {
            net.W[l] = net.W[l] - learningRate * g.DW[l];
            net.B[l] = net.B[l] - learningRate * g.DB[l];
        }
    }

    /// <summary>steps full-batch steps of Backprop + Step on (X, Y), in place. Returns the cost
    /// history: element 0 before the first step, element k after step k (steps + 1 values).</summary>
    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        var costs = new double[steps + 1];
        costs[0] = Backpropagation.Cost(net, X, Y);
        for (var k = 1; k <= steps; k++)
        {
            Step(net, Backpropagation.Backprop(net, X, Y), learningRate);
            costs[k] = Backpropagation.Cost(net, X, Y);
        }
        return costs;
    }
}

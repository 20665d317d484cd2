using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Training
{
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (var l = 1; l <= net.L; l++)
        {
            net.W[l] = net.W[l] - learningRate * g.DW[l];
            net.B[l] = net.B[l] - learningRate * g.DB[l];
        }
    }

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

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Training
{
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (var l = net.L; l >= 1; l--)
        {
            net.W[l] -= g.DW[l] * learningRate;
            net.B[l] -= g.DB[l] * learningRate;
        }
    }

    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        var costs = new double[steps + 1];
        for (var k = 0; k <= steps; k++)
        {
            costs[k] = Backpropagation.Cost(net, X, Y);
            if (k < steps) Step(net, Backpropagation.Backprop(net, X, Y), learningRate);
        }
        return costs;
    }
}

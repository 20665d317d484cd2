using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Training
{
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (var l = 1; l <= net.L; l++)
        {
            net.W[l] = net.W[l].Subtract(g.DW[l].Multiply(learningRate));
            net.B[l] = net.B[l].Subtract(g.DB[l].Multiply(learningRate));
        }
    }

    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        var costs = new double[steps + 1];
        for (var k = 0; ; k++)
        {
            costs[k] = Backpropagation.Cost(net, X, Y);
            if (k == steps) return costs;
            Step(net, Backpropagation.Backprop(net, X, Y), learningRate);
        }
    }
}

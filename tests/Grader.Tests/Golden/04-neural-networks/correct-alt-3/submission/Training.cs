using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Training
{
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (int l = 1; l <= net.L; l++)
        {
            // In place: W ← W − η·DW (the gradient itself is only read).
            net.W[l].Subtract(g.DW[l].Multiply(learningRate), net.W[l]);
            net.B[l].Subtract(g.DB[l].Multiply(learningRate), net.B[l]);
        }
    }

    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        var history = new List<double> { Backpropagation.Cost(net, X, Y) };
        while (history.Count <= steps)
        {
            var g = Backpropagation.Backprop(net, X, Y);
            Step(net, g, learningRate);
            history.Add(Backpropagation.Cost(net, X, Y));
        }
        return history.ToArray();
    }
}

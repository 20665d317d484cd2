using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class Training
{
    public static void Step(Network net, Gradients g, double learningRate)
    {
        for (int l = 1; l <= net.L; l++)
        {
            var w = net.W[l];
            for (int i = 0; i < w.RowCount; i++)
            {
                for (int j = 0; j < w.ColumnCount; j++) w[i, j] -= learningRate * g.DW[l][i, j];
                net.B[l][i, 0] -= learningRate * g.DB[l][i, 0];
            }
        }
    }

    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        var history = new List<double> { Backpropagation.Cost(net, X, Y) };
        for (int k = 0; k < steps; k++)
        {
            var g = Backpropagation.Backprop(net, X, Y);
            Step(net, g, learningRate);
            history.Add(Backpropagation.Cost(net, X, Y));
        }
        return history.ToArray();
    }
}

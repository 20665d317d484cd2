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
        throw new NotImplementedException();
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

/// <summary>Steepest descent on the cost.</summary>
public static class Training
{
    /// <summary>One steepest-descent step, in place: W[l] ← W[l] − η·DW[l] and
    /// B[l] ← B[l] − η·DB[l] for l = 1..L. Must not change g.</summary>
    public static void Step(Network net, Gradients g, double learningRate)
    {
        throw new NotImplementedException();
    }

    /// <summary>steps full-batch steps of Backprop + Step on (X, Y), changing net in place. Returns
    /// the cost history: element 0 before the first step, element k after step k (steps + 1 values).</summary>
    public static double[] Train(Network net, Matrix<double> X, Matrix<double> Y, double learningRate, int steps)
    {
        throw new NotImplementedException();
    }
}

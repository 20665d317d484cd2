using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;

namespace FinalProject.HiddenTests;

/// <summary>A small Train problem: 40 heart-curve rows with a hidden seed, the first 30 for
/// training and the last 10 for validation, and a seeded network to start from.</summary>
internal sealed record TrainSetup(Network Net, Matrix<double> XTr, Matrix<double> YTr, Matrix<double> XVa, Matrix<double> YVa)
{
    public static TrainSetup Heart(int salt, int[] sizes)
    {
        var (x, y) = Data.Heart(40, salt, 0.02);
        var net = Network.Create(sizes, Seeded.Rng(salt));
        var train = Enumerable.Range(0, 30).ToArray();
        var val = Enumerable.Range(30, 10).ToArray();
        return new TrainSetup(net, Data.Rows(x, train), Data.Rows(y, train), Data.Rows(x, val), Data.Rows(y, val));
    }
}

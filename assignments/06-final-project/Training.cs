using MathNet.Numerics.LinearAlgebra;

namespace FinalProject;

/// <summary>Training a network end to end: a seeded validation split, shuffled mini-batches, a
/// step-decay learning rate, SGD with momentum, early stopping that keeps the best weights, and
/// the reproducible pipeline Fit. Samples are ROWS everywhere (X is N×n_0, Y is N×n_L).</summary>
public static class Training
{
    /// <summary>Splits the rows of (X, Y) into a training and a validation part: nVal =
    /// round(valFraction·N) rows, chosen by a random permutation drawn from new Random(seed), go to
    /// validation; the other N − nVal rows go to training. Row i of X must stay paired with row i
    /// of Y. The same seed must always give the same split.</summary>
    public static (Matrix<double> XTrain, Matrix<double> YTrain, Matrix<double> XVal, Matrix<double> YVal) Split(
        Matrix<double> X, Matrix<double> Y, double valFraction, int seed)
    {
        throw new NotImplementedException();
    }

    /// <summary>One epoch's mini-batches: the rows in a fresh random order drawn from
    /// <paramref name="rng"/> (ONE permutation, used for X and for Y), cut into consecutive batches
    /// of <paramref name="batchSize"/> rows; the last batch holds the remainder.</summary>
    public static List<(Matrix<double> X, Matrix<double> Y)> MiniBatches(Matrix<double> X, Matrix<double> Y, int batchSize, Random rng)
    {
        throw new NotImplementedException();
    }

    /// <summary>Step decay: γ_e = γ₀·0.5^⌊e/k⌋ with the epoch e counted from 0 (epochs 0 … k−1 use
    /// γ₀), k = <paramref name="decayEvery"/>.</summary>
    public static double LearningRate(double initial, int epoch, int decayEvery)
    {
        throw new NotImplementedException();
    }

    /// <summary>One momentum (heavy-ball) step, in place, for every layer l = 1..L:
    /// v ← β·v − η·g, then θ ← θ + v (W[l] with VW[l] and DW[l]; B[l] with VB[l] and DB[l]).
    /// Store the new velocity in <paramref name="v"/>: the next step starts from it.</summary>
    public static void MomentumStep(Network net, Gradients g, Velocity v, double learningRate, double momentum)
    {
        throw new NotImplementedException();
    }

    /// <summary>The network's output for every row of X: A_0 = X, A_l = tanh(A_{l−1}·W[l] + 1·b[l]ᵀ)
    /// for the hidden layers l &lt; L, and the output layer linear, A_L = A_{L−1}·W[L] + 1·b[L]ᵀ.
    /// Returns A_L, N×n_L.</summary>
    public static Matrix<double> Predict(Network net, Matrix<double> X)
    {
        throw new NotImplementedException();
    }

    /// <summary>Mini-batch SGD with momentum and step decay, with early stopping on the validation
    /// loss. For each epoch e = 0, 1, …: η = LearningRate(γ₀, e, k); for every batch of
    /// MiniBatches(XTrain, YTrain, BatchSize, rng): g = net.Backprop(batch), then MomentumStep (one
    /// velocity for the whole run); TrainLoss[e] = the batch-size-weighted mean of the batches' g.Loss;
    /// ValLoss[e] = net.Loss(XVal, YVal). Keep a copy of the network whenever ValLoss reaches a new
    /// lowest value; stop once Patience epochs in a row brought none. Return that copy.</summary>
    public static TrainResult Train(Network net, Matrix<double> XTrain, Matrix<double> YTrain,
        Matrix<double> XVal, Matrix<double> YVal, TrainOptions options, Random rng)
    {
        throw new NotImplementedException();
    }

    /// <summary>The whole pipeline, reproducible from <paramref name="seed"/>: Split(X, Y,
    /// options.ValFraction, seed), a network from Network.Create(options.Sizes, …) and Train on the
    /// training rows, validated on the validation rows, with every Random made from the seed.</summary>
    public static TrainResult Fit(Matrix<double> X, Matrix<double> Y, TrainOptions options, int seed)
    {
        throw new NotImplementedException();
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace FinalProject.HiddenTests;

/// <summary>What the student's own MiniBatches makes of a training set. A Train test whose numbers
/// depend on the batches asks this first: with the wrong batches (the last one dropped, say) a
/// TrainLoss that is off is MiniBatches' fault, and naming a TrainLoss mistake would be wrong.</summary>
internal static class StudentBatches
{
    /// <summary>Null when MiniBatches(x, y, size, new Random(seed)) returns batches of sizes
    /// (size, …, size, remainder); otherwise a sentence saying what it returned.</summary>
    public static string? SizeProblem(Matrix<double> x, Matrix<double> y, int size, int seed)
    {
        var n = x.RowCount;
        var expected = Enumerable.Range(0, (n + size - 1) / size).Select(k => Math.Min(size, n - k * size)).ToArray();
        var got = Training.MiniBatches(x.Clone(), y.Clone(), size, new Random(seed))?.Select(b => b.X?.RowCount ?? -1).ToArray() ?? [];
        return got.SequenceEqual(expected)
            ? null
            : $"your MiniBatches cuts {n} rows in batches of {size} into sizes ({string.Join(", ", got)}), not " +
              $"({string.Join(", ", expected)}); fix MiniBatches first (see the mini-batches task).";
    }
}

using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class SplitTests
{
    private const string Rule =
        "Split puts nVal = round(valFraction·N) rows, chosen by a permutation drawn from new Random(seed), into validation and " +
        "the other N − nVal rows into training; row i of X stays paired with row i of Y.";

    [Test, Points(2), Task("split")]
    public void Split_IsAPartitionThatKeepsThePairs()
    {
        foreach (var (n, fraction, salt) in new[] { (50, 0.2, 11), (37, 0.3, 12), (20, 0.25, 13) })
        {
            var (x, y) = Data.Tagged(n, 2, 3, salt);
            var seed = Data.Seed(100 + salt);
            var what = $"Split of N = {n} tagged rows (X is {n}×2, Y is {n}×3) with valFraction = {Fmt.Num(fraction)}, seed {seed}";
            var (xTr, yTr, xVa, yVa) = Training.Split(x.Clone(), y.Clone(), fraction, seed);
            var nVal = (int)Math.Round(fraction * n);
            CheckShape(xTr, n - nVal, 2, $"{what}: XTrain");
            CheckShape(yTr, n - nVal, 3, $"{what}: YTrain");
            CheckShape(xVa, nVal, 2, $"{what}: XVal");
            CheckShape(yVa, nVal, 3, $"{what}: YVal");

            var ids = Data.Ids(xTr).Concat(Data.Ids(xVa)).ToArray();
            var missing = Enumerable.Range(0, n).Except(ids).ToArray();
            var repeated = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Check.That(missing.Length == 0 && repeated.Length == 0 && ids.All(i => i >= 0 && i < n),
                $"{what}: the training and validation rows must together be every row of X exactly once (a partition). " +
                (missing.Length > 0 ? $"Rows missing: {string.Join(", ", missing.Take(8))}{(missing.Length > 8 ? ", …" : "")}. " : "") +
                (repeated.Length > 0 ? $"Rows that appear twice (train and validation overlap, or a row is repeated): {string.Join(", ", repeated.Take(8))}. " : "") +
                "Draw a permutation of 0..N−1 (each index once) and cut it in two. " + Rule);

            CheckPairs(x, y, xTr, yTr, $"{what}: training part");
            CheckPairs(x, y, xVa, yVa, $"{what}: validation part");
        }
    }

    [Test, Points(1), Task("split")]
    public void Split_IsDeterminedBySeed()
    {
        var (x, y) = Data.Tagged(50, 1, 2, 21);
        var seed = Data.Seed(121);
        var first = Training.Split(x.Clone(), y.Clone(), 0.2, seed);
        var again = Training.Split(x.Clone(), y.Clone(), 0.2, seed);
        var what = $"Split of 50 tagged rows with valFraction = 0.2";
        Check.That(first.XVal is not null && again.XVal is not null && first.XTrain is not null && again.XTrain is not null,
            $"{what}: returned a null matrix.");
        Check.That(Data.Ids(first.XVal!).SequenceEqual(Data.Ids(again.XVal!)) && Data.Ids(first.XTrain!).SequenceEqual(Data.Ids(again.XTrain!)),
            $"{what}: two calls with the same seed {seed} gave different splits. " + Mistakes.Unseeded);

        var firstSet = Data.Ids(first.XVal!).OrderBy(i => i).ToArray();
        var inOrder = firstSet.SequenceEqual(Enumerable.Range(0, 10)) || firstSet.SequenceEqual(Enumerable.Range(40, 10));
        foreach (var other in new[] { Data.Seed(122), Data.Seed(123) })
        {
            var split = Training.Split(x.Clone(), y.Clone(), 0.2, other);
            var set = Data.Ids(split.XVal).OrderBy(i => i).ToArray();
            Check.That(!set.SequenceEqual(firstSet),
                $"{what}: seeds {seed} and {other} chose the same validation rows ({string.Join(", ", firstSet)}). " +
                (inOrder
                    ? "Those are the first or last rows in their original order: the rows are not shuffled. Permute the row indices with new Random(seed) before cutting."
                    : Mistakes.SeedIgnored));
        }
    }

    private static void CheckShape(Matrix<double>? m, int rows, int cols, string what)
    {
        if (m is null) Assert.Fail($"{what}: expected a {rows}×{cols} matrix, got null.");
        Check.That(m!.RowCount == rows && m.ColumnCount == cols,
            $"{what}: expected {rows}×{cols} (nVal = round(valFraction·N) validation rows, the rest for training; every column kept), got {Fmt.Shape(m)}. " + Rule);
    }

    /// <summary>Every row of the part must be an original (X, Y) pair: Y's id column must equal
    /// 1000 + X's id, and the whole rows must match the originals.</summary>
    private static void CheckPairs(Matrix<double> x, Matrix<double> y, Matrix<double> xPart, Matrix<double> yPart, string what)
    {
        for (var r = 0; r < xPart.RowCount; r++)
        {
            var id = (int)Math.Round(xPart[r, 0]);
            Check.That(id >= 0 && id < x.RowCount && xPart.Row(r).Equals(x.Row(id)),
                $"{what}, row {r}: it is not a row of the original X (its first entry says row {id}). Copy whole rows; do not mix entries of different rows.");
            if (yPart.Row(r).Equals(y.Row(id))) continue;
            var yId = (int)Math.Round(yPart[r, 0]) - 1000;
            Assert.Fail(yId >= 0 && yId < y.RowCount && yPart.Row(r).Equals(y.Row(yId))
                ? $"{what}, row {r}: X holds original row {id} but Y holds original row {yId}. {Mistakes.PairsBroken}"
                : $"{what}, row {r}: X holds original row {id}, but Y's row is not the original Y row {id} ({Fmt.Point(yPart.Row(r))} instead of {Fmt.Point(y.Row(id))}). " + Rule);
        }
    }
}

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
        // 37 × 0.35 = 12.95 rounds to 13 but truncates to 12; 10 × 0.25 = 2.5 is a tie, which Math.Round takes to the
        // even 2 (round-half-up would give 3).
        foreach (var (n, fraction, salt) in new[] { (50, 0.2, 11), (37, 0.35, 12), (20, 0.25, 13), (10, 0.25, 14) })
        {
            var (x, y) = Data.Tagged(n, 2, 3, salt);
            var seed = Data.Seed(100 + salt);
            var what = $"Split of N = {n} tagged rows (X is {n}×2, Y is {n}×3) with valFraction = {Fmt.Num(fraction)}, seed {seed}";
            var (xGiven, yGiven) = (x.Clone(), y.Clone());
            var (xTr, yTr, xVa, yVa) = Training.Split(xGiven, yGiven, fraction, seed);
            Check.That(xGiven.Equals(x) && yGiven.Equals(y),
                $"{what}: Mistake [m06.input-mutated]: Split changed the X or Y it was given (rows swapped in place while shuffling). " + Mistakes.InputChanged);
            var nVal = (int)Math.Round(fraction * n);
            if (xVa is not null && xVa.RowCount != nVal && xTr is not null && xTr.RowCount + xVa.RowCount == n)
            {
                var raw = fraction * n;
                if (xVa.RowCount == (int)raw)
                    Assert.Fail($"{what}: {xVa.RowCount} validation rows; expected round({Fmt.Num(raw)}) = {nVal}. Mistake [m06.split-count-truncated]: " +
                                "(int)(valFraction·N) truncates. Fix: nVal = (int)Math.Round(valFraction * N).");
                if (xVa.RowCount == (int)Math.Floor(raw + 0.5) || xVa.RowCount == (int)Math.Round(raw, MidpointRounding.AwayFromZero))
                    Assert.Fail($"{what}: {xVa.RowCount} validation rows; expected {nVal}: {Fmt.Num(raw)} is a tie, and Math.Round takes a " +
                                "tie to the even neighbour. Mistake [m06.split-count-round-half-up]: you rounded half up (⌊x + 0.5⌋ or " +
                                "MidpointRounding.AwayFromZero). Fix: nVal = (int)Math.Round(valFraction * N), as the README says.");
                if (xVa.RowCount == n - nVal)
                    Assert.Fail($"{what}: {xVa.RowCount} validation rows and {xTr.RowCount} training rows. Mistake [m06.split-parts-swapped]: " +
                                "the two parts are swapped. Fix: the validation part has nVal = round(valFraction·N) rows; the rest is for training.");
            }
            CheckShape(xTr, n - nVal, 2, $"{what}: XTrain");
            CheckShape(yTr, n - nVal, 3, $"{what}: YTrain");
            CheckShape(xVa, nVal, 2, $"{what}: XVal");
            CheckShape(yVa, nVal, 3, $"{what}: YVal");

            var ids = Data.Ids(xTr!).Concat(Data.Ids(xVa!)).ToArray();
            var missing = Enumerable.Range(0, n).Except(ids).ToArray();
            var repeated = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Check.That(missing.Length == 0 && repeated.Length == 0 && ids.All(i => i >= 0 && i < n),
                $"{what}: the training and validation rows must together be every row of X exactly once (a partition). " +
                (missing.Length > 0 ? $"Rows missing: {string.Join(", ", missing.Take(8))}{(missing.Length > 8 ? ", …" : "")}. " : "") +
                (repeated.Length > 0 ? $"Rows that appear twice (train and validation overlap, or a row is repeated): {string.Join(", ", repeated.Take(8))}. " : "") +
                "Draw a permutation of 0..N−1 (each index once) and cut it in two. " + Rule);

            CheckPairs(x, y, xTr!, yTr, $"{what}: training part");
            CheckPairs(x, y, xVa!, yVa, $"{what}: validation part");
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
                    ? "Mistake [m06.split-not-shuffled]: those are the first or last rows in their original order: the rows are not " +
                      "shuffled. Fix: permute the row indices with new Random(seed) before cutting."
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

using Calculus.TestSupport;
using MathNet.Numerics.LinearAlgebra;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class MiniBatchTests
{
    private const string Rule =
        "MiniBatches draws one permutation of the rows from the Random it is given, takes the rows of X and Y in that order and " +
        "cuts them into consecutive batches of batchSize rows; the last batch holds the remainder (it may be smaller).";

    [Test, Points(2), Task("mini-batches")]
    public void MiniBatches_CoverEveryRowOnceAndKeepThePairs()
    {
        foreach (var (n, size, salt) in new[] { (23, 5, 31), (20, 4, 32), (9, 50, 33) })
        {
            var (x, y) = Data.Tagged(n, 1, 2, salt);
            var what = $"MiniBatches of N = {n} tagged rows with batchSize = {size}";
            var (xGiven, yGiven) = (x.Clone(), y.Clone());
            var batches = Training.MiniBatches(xGiven, yGiven, size, new Random(Data.Seed(130 + salt)));
            Check.That(batches is not null, $"{what}: returned null.");
            Check.That(xGiven.Equals(x) && yGiven.Equals(y),
                $"{what}: Mistake [m06.input-mutated]: MiniBatches changed the X or Y it was given (rows swapped in place). " + Mistakes.InputChanged);

            var expectedCount = (n + size - 1) / size;
            var sizes = batches!.Select(b => b.X?.RowCount ?? -1).ToArray();
            var expectedSizes = Enumerable.Range(0, expectedCount).Select(k => Math.Min(size, n - k * size)).ToArray();
            if (!sizes.SequenceEqual(expectedSizes))
            {
                var hint = sizes.Length == n / size && sizes.All(s => s == size) && n % size != 0
                    ? "Mistake [m06.last-batch-dropped]: the last, smaller batch is missing: those rows would never be trained on. Fix: " +
                      "keep the remainder as a final batch."
                    : Rule;
                Assert.Fail($"{what}: expected {expectedCount} batches of sizes ({string.Join(", ", expectedSizes)}), got {sizes.Length} " +
                            $"of sizes ({string.Join(", ", sizes)}). {hint}");
            }

            var ids = new List<int>();
            for (var k = 0; k < batches!.Count; k++)
            {
                var (bx, by) = batches[k];
                Check.That(by is not null && by.RowCount == bx.RowCount && bx.ColumnCount == 1 && by.ColumnCount == 2,
                    $"{what}, batch {k}: X must be {bx.RowCount}×1 and Y {bx.RowCount}×2 (whole rows, all columns), got " +
                    $"{Fmt.Shape(bx)} and {(by is null ? "null" : Fmt.Shape(by))}.");
                for (var r = 0; r < bx.RowCount; r++)
                {
                    var id = (int)Math.Round(bx[r, 0]);
                    var yId = (int)Math.Round(by![r, 0]) - 1000;
                    Check.That(id >= 0 && id < n, $"{what}, batch {k}, row {r}: {Fmt.Num(bx[r, 0])} is not a row of X.");
                    if (yId != id)
                        Assert.Fail($"{what}, batch {k}, row {r}: the X row is original row {id} but the Y row is original row {yId}. {Mistakes.PairsBroken}");
                    Check.That(by.Row(r).Equals(y.Row(id)), $"{what}, batch {k}, row {r}: the Y row is not original row {id} of Y. Copy whole rows.");
                    ids.Add(id);
                }
            }
            var missing = Enumerable.Range(0, n).Except(ids).ToArray();
            Check.That(missing.Length == 0 && ids.Count == n,
                $"{what}: every row must appear in exactly one batch per epoch; " +
                (missing.Length > 0 ? $"rows {string.Join(", ", missing.Take(8))} are missing and others repeat. " : "some rows repeat. ") +
                "Draw a permutation (each index once, e.g. Fisher–Yates), not independent random row numbers. " + Rule);
        }
    }

    [Test, Points(1), Task("mini-batches")]
    public void MiniBatches_DrawTheOrderFromTheGivenRandom()
    {
        const int n = 30;
        var (x, y) = Data.Tagged(n, 1, 1, 41);
        var seed = Data.Seed(141);
        int[] Order(List<(Matrix<double> X, Matrix<double> Y)> batches) => batches.SelectMany(b => Data.Ids(b.X)).ToArray();
        var what = $"MiniBatches of {n} tagged rows with batchSize = 7";

        var a = Order(Training.MiniBatches(x.Clone(), y.Clone(), 7, new Random(seed)));
        var b = Order(Training.MiniBatches(x.Clone(), y.Clone(), 7, new Random(seed)));
        Check.That(a.SequenceEqual(b),
            $"{what}: two calls, each with a fresh new Random({seed}), gave different row orders. " +
            "Draw the permutation from the Random you are given. " + Mistakes.Unseeded);

        Check.That(!a.SequenceEqual(Enumerable.Range(0, n)),
            $"{what}: the rows came back in their original order 0, 1, 2, …. Mistake [m06.batches-not-shuffled]: the rows are not shuffled. " +
            "Fix: SGD needs a fresh random order every epoch. " + Rule);

        var rng = new Random(seed);
        var epoch1 = Order(Training.MiniBatches(x.Clone(), y.Clone(), 7, rng));
        var epoch2 = Order(Training.MiniBatches(x.Clone(), y.Clone(), 7, rng));
        Check.That(!epoch1.SequenceEqual(epoch2),
            $"{what}: two calls with the SAME Random (two epochs of one run) gave the same order ({string.Join(", ", epoch1.Take(6))}, …). " +
            "Mistake [m06.same-order-every-epoch]: every epoch gets the same order (a new Random with a fixed seed inside MiniBatches). " +
            "Fix: draw from the Random you are given (it moves on as you draw), so every epoch is shuffled anew.");
    }
}

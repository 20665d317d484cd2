using Calculus.TestSupport;
using NUnit.Framework;

namespace FinalProject.HiddenTests;

[TestFixture]
public class ScheduleTests
{
    private const string Rule =
        "Step decay: γ_e = γ₀·0.5^⌊e/k⌋ with epochs counted from 0, so epochs 0 … k−1 use γ₀, epochs k … 2k−1 use γ₀/2, and so on.";

    [Test, Points(2), Task("schedule")]
    public void LearningRate_HalvesEveryKEpochsCountingFromZero()
    {
        foreach (var (g0, k, epochs) in new[]
                 {
                     (0.08, 7, new[] { 0, 1, 6, 7, 8, 13, 14, 20, 21, 50 }),
                     (0.3, 1, new[] { 0, 1, 2, 5 }),
                     (1.5, 25, new[] { 0, 24, 25, 49, 50, 74, 75, 130 }),
                 })
        {
            foreach (var e in epochs)
            {
                var expected = g0 * Math.Pow(0.5, Math.Floor((double)e / k));
                var got = Training.LearningRate(g0, e, k);
                if (Approx.Close(got, expected, 1e-12, 0)) continue;
                var hint = Diagnose(g0, e, k);
                Assert.Fail(Approx.Message($"LearningRate(γ₀ = {Fmt.Num(g0)}, epoch = {e}, k = {k})", expected, got,
                    "γ₀·0.5^⌊e/k⌋", hint));
            }
        }
    }

    /// <summary>Names a wrong formula only when it matches the student's rate at the failing epoch
    /// AND at epochs around k, 2k and 3k: at a single epoch several of them agree (at e = 1 the
    /// ceiling ⌈e/k⌉ and halving every epoch both give γ₀/2; at e = k no decay and a decay one
    /// epoch late both give γ₀).</summary>
    private static string Diagnose(double g0, int e, int k)
    {
        // k/2 and 3k/2 too: rounding e/k agrees with ⌊(e + 1)/k⌋ at every multiple of k and its neighbours.
        var probes = new[] { e, 1, 2, k / 2, k / 2 + 1, k - 1, k, k + 1, 3 * k / 2, 3 * k / 2 + 1, 2 * k - 1, 2 * k, 2 * k + 1, 3 * k }
            .Where(p => p >= 1 || p == e).Distinct().ToArray();
        bool Matches(Func<int, double> formula) =>
            probes.All(p => Approx.Close(Training.LearningRate(g0, p, k), formula(p), 1e-9, 0));
        double Halved(double times) => g0 * Math.Pow(0.5, times);

        if (Matches(_ => g0))
            return "Mistake [m06.schedule-no-decay]: the rate never changes. Fix: apply the decay. " + Rule;
        if (Matches(p => Halved(Math.Floor((p + 1.0) / k))))
            return "Mistake [m06.schedule-one-early]: that is γ₀·0.5^⌊(e + 1)/k⌋: the rate drops one epoch EARLY (off by one; are your " +
                   "epochs counted from 1?). Fix: " + Rule;
        if (Matches(p => Halved(Math.Max(0, Math.Floor((p - 1.0) / k)))))
            return "Mistake [m06.schedule-one-late]: that is γ₀·0.5^⌊(e − 1)/k⌋: the rate drops one epoch LATE (off by one). Fix: " + Rule;
        if (Matches(p => Halved((double)p / k)))
            return "Mistake [m06.schedule-no-floor]: that is γ₀·0.5^(e/k) without the floor, a smooth decay. Fix: the rate is a staircase: " +
                   "use integer division e / k (or Math.Floor).";
        if (Matches(p => Halved(p)))
            return "Mistake [m06.schedule-every-epoch]: the rate halves every epoch. Fix: it halves only every k epochs. " + Rule;
        if (Matches(p => Halved(Math.Ceiling((double)p / k))))
            return "Mistake [m06.schedule-ceiling]: that uses ⌈e/k⌉ instead of ⌊e/k⌋: the first decay comes right after epoch 0. Fix: " + Rule;
        return Rule;
    }
}

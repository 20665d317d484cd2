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
                var hint = Diagnose(got, g0, e, k);
                Assert.Fail(Approx.Message($"LearningRate(γ₀ = {Fmt.Num(g0)}, epoch = {e}, k = {k})", expected, got,
                    "γ₀·0.5^⌊e/k⌋", hint));
            }
        }
    }

    private static string Diagnose(double got, double g0, int e, int k)
    {
        bool Is(double v) => Approx.Close(got, v, 1e-9, 0);
        // At e = k a rate that never decays equals one that decays a step late: look further on first.
        if (Is(g0) && Approx.Close(Training.LearningRate(g0, 3 * k, k), g0, 1e-9, 0))
            return "Mistake [m06.schedule-no-decay]: the rate never changes. Fix: apply the decay. " + Rule;
        if (Is(g0 * Math.Pow(0.5, Math.Floor((e + 1.0) / k))))
            return "Mistake [m06.schedule-one-early]: that is γ₀·0.5^⌊(e + 1)/k⌋: the rate drops one epoch EARLY (off by one; are your " +
                   "epochs counted from 1?). Fix: " + Rule;
        if (e >= 1 && Is(g0 * Math.Pow(0.5, Math.Floor((e - 1.0) / k))))
            return "Mistake [m06.schedule-one-late]: that is γ₀·0.5^⌊(e − 1)/k⌋: the rate drops one epoch LATE (off by one). Fix: " + Rule;
        if (Is(g0 * Math.Pow(0.5, (double)e / k)))
            return "Mistake [m06.schedule-no-floor]: that is γ₀·0.5^(e/k) without the floor, a smooth decay. Fix: the rate is a staircase: " +
                   "use integer division e / k (or Math.Floor).";
        if (Is(g0 * Math.Pow(0.5, e)))
            return "Mistake [m06.schedule-every-epoch]: the rate halves every epoch. Fix: it halves only every k epochs. " + Rule;
        if (Is(g0 * Math.Pow(0.5, Math.Ceiling((double)e / k))))
            return "Mistake [m06.schedule-ceiling]: that uses ⌈e/k⌉ instead of ⌊e/k⌋: the first decay comes right after epoch 0. Fix: " + Rule;
        if (Is(g0)) return "Mistake [m06.schedule-no-decay]: the rate never changes. Fix: apply the decay. " + Rule;
        return Rule;
    }
}

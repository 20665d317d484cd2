using Grader.Protocol;

namespace Grader.Worker.Quiz;

/// <summary>Answer against key at the seeded points: |a − k| ≤ tol·max(1, |k|), element by element
/// for arrays. Points where the key is not finite are skipped. Where the key is finite the answer
/// must be too, but for a few isolated points (a removable singularity such as (x² − 1)/(x − 1)
/// at x = 1): an answer that is NaN except where it matches — "x == 0.33 ? k : 0.0/0.0", or
/// new[] { 0.0/0.0, 6 } for [7, 6] — would otherwise be compared only where it chose to be.</summary>
internal static class QuizComparer
{
    /// <summary>The share of the points where the key is finite at which the answer may not be.</summary>
    public const double NonFiniteAllowance = 0.1;

    public static (QuizStatus status, string? message) Compare(QuizItem item, bool vector, QuizFunction key, QuizFunction answer)
    {
        double[]? nonFiniteAt = null, nonFiniteValue = null;
        int[]? keyFinite = null, answerNonFinite = null;
        foreach (var p in QuizSampler.Points(item.Domain, item.Parameters.Count))
        {
            double[] k, a;
            try { k = key.At(p); }
            catch (Exception e) { return (QuizStatus.Error, QuizFeedback.KeyBroken(QuizFeedback.Threw(e.GetType().Name))); }
            try { a = answer.At(p); }
            catch (Exception e) { return (QuizStatus.Invalid, QuizFeedback.Threw(e.GetType().Name)); }

            if (a.Length != k.Length) return (QuizStatus.Wrong, QuizFeedback.LengthDiffers(item.Parameters, p, k.Length, a.Length));
            keyFinite ??= new int[k.Length];
            answerNonFinite ??= new int[k.Length];
            for (var i = 0; i < k.Length; i++)
            {
                if (!double.IsFinite(k[i])) continue;
                keyFinite[i]++;
                if (!double.IsFinite(a[i]))
                {
                    answerNonFinite[i]++;
                    nonFiniteAt ??= p;
                    nonFiniteValue ??= a;
                    continue;
                }
                if (Math.Abs(a[i] - k[i]) > item.Tolerance * Math.Max(1, Math.Abs(k[i])))
                    return (QuizStatus.Wrong, item.Parameters.Count == 0
                        ? QuizFeedback.ConstantDiffers(a, vector)
                        : QuizFeedback.Differs(item.Parameters, p, k, a, vector));
            }
        }
        if (keyFinite is null || keyFinite.All(n => n == 0))
            return (QuizStatus.Error, QuizFeedback.KeyBroken("it is not a finite number anywhere in the question's domain"));
        // Every element is judged on its own: one matching element does not carry the others.
        for (var i = 0; i < keyFinite.Length; i++)
            if (keyFinite[i] > 0 && answerNonFinite![i] > NonFiniteAllowance * keyFinite[i])
                return (QuizStatus.Wrong, answerNonFinite[i] == keyFinite[i]
                    ? QuizFeedback.NeverFinite(item.Parameters, nonFiniteAt!, nonFiniteValue!, vector)
                    : QuizFeedback.OftenNotFinite(item.Parameters, nonFiniteAt!, nonFiniteValue!, vector, answerNonFinite[i], keyFinite[i]));
        return (QuizStatus.Correct, null);
    }
}

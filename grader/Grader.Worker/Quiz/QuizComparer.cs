using Grader.Protocol;

namespace Grader.Worker.Quiz;

/// <summary>Answer against key at the seeded points: |a − k| ≤ tol·max(1, |k|), element by element
/// for arrays. Points where either side is not finite are skipped, unless the answer is never
/// finite where the key is.</summary>
internal static class QuizComparer
{
    public static (QuizStatus status, string? message) Compare(QuizItem item, bool vector, QuizFunction key, QuizFunction answer)
    {
        double[]? nonFiniteAt = null, nonFiniteValue = null;
        var compared = 0;
        foreach (var p in QuizSampler.Points(item.Domain, item.Parameters.Count))
        {
            double[] k, a;
            try { k = key.At(p); }
            catch (Exception e) { return (QuizStatus.Error, QuizFeedback.KeyBroken(QuizFeedback.Threw(e.GetType().Name))); }
            try { a = answer.At(p); }
            catch (Exception e) { return (QuizStatus.Invalid, QuizFeedback.Threw(e.GetType().Name)); }

            if (a.Length != k.Length) return (QuizStatus.Wrong, QuizFeedback.LengthDiffers(item.Parameters, p, k.Length, a.Length));
            for (var i = 0; i < k.Length; i++)
            {
                if (!double.IsFinite(k[i])) continue;
                if (!double.IsFinite(a[i]))
                {
                    nonFiniteAt ??= p;
                    nonFiniteValue ??= a;
                    continue;
                }
                compared++;
                if (Math.Abs(a[i] - k[i]) > item.Tolerance * Math.Max(1, Math.Abs(k[i])))
                    return (QuizStatus.Wrong, item.Parameters.Count == 0
                        ? QuizFeedback.ConstantDiffers(a, vector)
                        : QuizFeedback.Differs(item.Parameters, p, k, a, vector));
            }
        }
        if (compared > 0) return (QuizStatus.Correct, null);
        if (nonFiniteAt is not null) return (QuizStatus.Wrong, QuizFeedback.NeverFinite(item.Parameters, nonFiniteAt, nonFiniteValue!, vector));
        return (QuizStatus.Error, QuizFeedback.KeyBroken("it is not a finite number anywhere in the question's domain"));
    }
}

namespace Grader.Worker.Quiz;

/// <summary>A compiled answer or key, called at a point; a number comes back as a one-element
/// array so numbers and arrays compare alike.</summary>
internal sealed class QuizFunction(Delegate function)
{
    public double[] At(double[] p) => function switch
    {
        Func<double> f => [f()],
        Func<double[]> f => f(),
        Func<double, double> f => [f(p[0])],
        Func<double, double[]> f => f(p[0]),
        Func<double, double, double> f => [f(p[0], p[1])],
        Func<double, double, double[]> f => f(p[0], p[1]),
        Func<double, double, double, double> f => [f(p[0], p[1], p[2])],
        Func<double, double, double, double[]> f => f(p[0], p[1], p[2]),
        Func<double, double, double, double, double> f => [f(p[0], p[1], p[2], p[3])],
        Func<double, double, double, double, double[]> f => f(p[0], p[1], p[2], p[3]),
        // More parameters than the typed cases above: rare enough that reflection's cost is fine.
        _ => function.DynamicInvoke(p.Cast<object?>().ToArray()) switch
        {
            double d => [d],
            double[] a => a,
            _ => [double.NaN],
        },
    };
}

using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class LagrangeNewton
{
    public static StationaryPoint Solve(ConstrainedProblem problem, Vector<double> start, double tol, int maxIter)
    {
        var z = Vector<double>.Build.DenseOfVector(start);
        int iterations = 0;
        while (true)
        {
            var grad = Lagrangian.Gradient(problem, z);
            double sumSq = 0;
            foreach (var v in grad) sumSq += v * v;
            if (Math.Sqrt(sumSq) <= tol) return Make(z, iterations, true);
            if (iterations >= maxIter) return Make(z, iterations, false);

            Vector<double> step;
            try
            {
                step = Lagrangian.Hessian(problem, z).LU().Solve(-grad);
            }
            catch (ArgumentException)
            {
                return Make(z, iterations, false);
            }
            var candidate = z + step;
            bool finite = true;
            for (int i = 0; i < candidate.Count; i++)
                if (double.IsNaN(candidate[i]) || double.IsInfinity(candidate[i])) finite = false;
            if (!finite) return Make(z, iterations, false);
            z = candidate;
            iterations++;
        }
    }

    private static StationaryPoint Make(Vector<double> z, int iterations, bool converged)
    {
        int n = z.Count - 1;
        var x = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++) x[i] = z[i];
        return new StationaryPoint(x, z[n], iterations, converged);
    }
}

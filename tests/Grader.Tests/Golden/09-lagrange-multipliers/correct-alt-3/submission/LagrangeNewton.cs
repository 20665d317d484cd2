using MathNet.Numerics.LinearAlgebra;

namespace LagrangeMultipliers;

public static class LagrangeNewton
{
    public static StationaryPoint Solve(ConstrainedProblem problem, Vector<double> start, double tol, int maxIter)
    {
        var n = start.Count - 1;
        var current = start.Clone();
        var steps = 0;
        bool done;
        do
        {
            var residual = Lagrangian.Gradient(problem, current);
            done = residual.L2Norm() <= tol;
            if (done || steps == maxIter) break;
            Vector<double> next;
            try
            {
                next = current - Lagrangian.Hessian(problem, current).Inverse() * residual;
            }
            catch (Exception)
            {
                break;
            }
            if (!next.ForAll(double.IsFinite)) break;
            current = next;
            steps++;
        } while (true);
        return new StationaryPoint(current.SubVector(0, n), current[n], steps, done);
    }
}

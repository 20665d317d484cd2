using MathNet.Numerics.LinearAlgebra;

namespace NewtonsMethod;

public static class Minimizer
{
    public static Vector<double> NewtonStep(Vector<double> g, Matrix<double> H)
    {
        // QR is backward stable and needs no definiteness.
        var rhs = g.Multiply(-1.0);
        return H.QR().Solve(rhs);
    }

    public static MinimizeResult Newton(Func<Vector<double>, Vector<double>> grad, Func<Vector<double>, Matrix<double>> hess,
        Vector<double> x0, double gradTol, int maxIter)
    {
        var path = new List<Vector<double>>();
        var x = Vector<double>.Build.DenseOfVector(x0);
        path.Add(x);
        int k = 0;
        while (true)
        {
            var g = grad(x);
            if (g.L2Norm() <= gradTol) return new MinimizeResult(x, k, true, MinimizeStatus.Converged, path);
            if (k >= maxIter) return new MinimizeResult(x, k, false, MinimizeStatus.MaxIterations, path);
            Vector<double> step;
            try { step = NewtonStep(g, hess(x)); }
            catch (Exception) { return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, path); }
            var xNew = x.Add(step);
            bool finite = true;
            for (int i = 0; i < xNew.Count; i++)
                if (double.IsNaN(xNew[i]) || double.IsInfinity(xNew[i])) finite = false;
            if (!finite) return new MinimizeResult(x, k, false, MinimizeStatus.StepFailed, path);
            x = xNew;
            path.Add(x);
            k++;
        }
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class GradientChecking
{
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        var a = new List<double>();
        var n = new List<double>();
        for (int k = 0; k < parameters.Count; k++)
        {
            var p = parameters[k];
            for (int j = 0; j < p.ColumnCount; j++)
                for (int i = 0; i < p.RowCount; i++)
                {
                    double old = p[i, j];
                    p[i, j] = old + h;
                    double plus = cost();
                    p[i, j] = old - h;
                    double minus = cost();
                    p[i, j] = old;
                    n.Add((plus - minus) / (2 * h));
                    a.Add(analytic[k][i, j]);
                }
        }
        double diff = Math.Sqrt(a.Zip(n, (u, v) => (u - v) * (u - v)).Sum());
        double norms = Math.Sqrt(a.Sum(u => u * u)) + Math.Sqrt(n.Sum(v => v * v));
        return norms > 0 ? diff / norms : 0;
    }
}

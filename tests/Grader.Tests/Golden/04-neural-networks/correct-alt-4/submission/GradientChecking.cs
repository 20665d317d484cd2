using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class GradientChecking
{
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        double sumDiff = 0, sumA = 0, sumN = 0;
        foreach (var (p, a) in parameters.Zip(analytic))
        {
            for (var i = 0; i < p.RowCount; i++)
            {
                for (var j = 0; j < p.ColumnCount; j++)
                {
                    var keep = p[i, j];
                    p[i, j] = keep + h;
                    var up = cost();
                    p[i, j] = keep - h;
                    var down = cost();
                    p[i, j] = keep;
                    var num = (up - down) / (2 * h);
                    sumDiff += Math.Pow(a[i, j] - num, 2);
                    sumA += Math.Pow(a[i, j], 2);
                    sumN += Math.Pow(num, 2);
                }
            }
        }
        if (sumA == 0 && sumN == 0) return 0;
        return Math.Sqrt(sumDiff) / (Math.Sqrt(sumA) + Math.Sqrt(sumN));
    }
}

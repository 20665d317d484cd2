using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks;

public static class GradientChecking
{
    public static double GradientCheck(Func<double> cost, IReadOnlyList<Matrix<double>> parameters,
        IReadOnlyList<Matrix<double>> analytic, double h)
    {
        var numeric = new List<double>();
        foreach (var p in parameters)
        {
            for (var i = 0; i < p.RowCount; i++)
                for (var j = 0; j < p.ColumnCount; j++)
                {
                    var keep = p.At(i, j);
                    var xp = keep + h;
                    var xm = keep - h;
                    p.At(i, j, xp);
                    var fp = cost();
                    p.At(i, j, xm);
                    var fm = cost();
                    p.At(i, j, keep);
                    numeric.Add((fp - fm) / (xp - xm));
                }
        }
        var a = Vector<double>.Build.DenseOfEnumerable(analytic.SelectMany(m => m.ToRowMajorArray()));
        var n = Vector<double>.Build.DenseOfEnumerable(numeric);
        var bottom = a.L2Norm() + n.L2Norm();
        return bottom > 0 ? (a - n).L2Norm() / bottom : 0.0;
    }
}

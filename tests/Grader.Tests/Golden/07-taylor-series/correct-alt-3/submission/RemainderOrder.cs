namespace TaylorSeries;

public static class RemainderOrder
{
    public static double[] ObservedOrders(double[] errors)
    {
        var orders = new List<double>();
        for (var k = 1; k < errors.Length; k++)
            orders.Add(Math.Log2(Math.Abs(errors[k - 1] / errors[k])));
        return orders.ToArray();
    }

    public static double FittedOrder(double[] steps, double[] errors)
    {
        var logH = steps.Select(h => Math.Log2(h)).ToList();
        var logE = errors.Select(e => Math.Log2(Math.Abs(e))).ToList();
        var mean = logH.Average();
        double top = 0, bottom = 0;
        for (var i = 0; i < logH.Count; i++)
        {
            top += (logH[i] - mean) * logE[i];
            bottom += (logH[i] - mean) * (logH[i] - mean);
        }
        return top / bottom;
    }
}

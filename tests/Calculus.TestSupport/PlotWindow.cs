namespace Calculus.TestSupport;

/// <summary>What a figure's axes show: chosen by the test, never by the data, so a diverging
/// submission cannot shrink everything else to a dot.</summary>
public readonly record struct PlotWindow(double XMin, double XMax, double YMin, double YMax);

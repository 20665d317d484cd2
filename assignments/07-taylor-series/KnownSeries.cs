namespace TaylorSeries;

/// <summary>Taylor polynomials of order n about x0 of three functions whose derivatives you work
/// out by hand (README.md, "Three known series"). Order n means the terms k = 0, 1, …, n.</summary>
public static class KnownSeries
{
    /// <summary>Tₙ of eˣ about x0, evaluated at x.</summary>
    public static double ExpTaylor(double x0, int order, double x)
    {
        throw new NotImplementedException();
    }

    /// <summary>Tₙ of sin x about x0, evaluated at x.</summary>
    public static double SinTaylor(double x0, int order, double x)
    {
        throw new NotImplementedException();
    }

    /// <summary>Tₙ of ln(1 + x) about x0 (x0 > −1), evaluated at x.</summary>
    public static double Log1pTaylor(double x0, int order, double x)
    {
        throw new NotImplementedException();
    }
}

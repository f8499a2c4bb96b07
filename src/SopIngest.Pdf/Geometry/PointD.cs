namespace SopIngest.Pdf.Geometry;

/// <summary>A point on the page, top-left origin, in points.</summary>
internal readonly record struct PointD(double X, double Y)
{
    public double DistanceTo(PointD other) => Math.Sqrt((X - other.X) * (X - other.X) + (Y - other.Y) * (Y - other.Y));
}

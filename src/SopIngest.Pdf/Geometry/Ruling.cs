namespace SopIngest.Pdf.Geometry;

/// <summary>
/// A straight horizontal or vertical line on the page (top-left origin): a table border, or a connector
/// piece until the grid search proves otherwise. <see cref="Position"/> is y for a horizontal line and x
/// for a vertical one; <see cref="Start"/> &lt;= <see cref="End"/> run along it.
/// <code>
///   horizontal:  Start ------------ End   at y = Position
///   vertical:    Start (top) | ... | End (bottom)   at x = Position
/// </code>
/// </summary>
internal readonly record struct Ruling(bool IsHorizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    public static Ruling Horizontal(double y, double x1, double x2) => new(true, y, Math.Min(x1, x2), Math.Max(x1, x2));

    public static Ruling Vertical(double x, double y1, double y2) => new(false, x, Math.Min(y1, y2), Math.Max(y1, y2));

    /// <summary>How much of [<paramref name="from"/>, <paramref name="to"/>] along the line this ruling covers.</summary>
    public double Overlap(double from, double to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}

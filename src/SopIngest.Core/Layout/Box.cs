namespace SopIngest.Core.Layout;

/// <summary>
/// An axis-aligned rectangle on a page, origin top-left, in page pixels (images) or points (PDF).
/// <code>
///  (X,Y) +-----------+
///        |           | Height
///        +-----------+ (Right,Bottom)
///            Width
/// </code>
/// </summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    public static Box FromEdges(double left, double top, double right, double bottom) =>
        new(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));

    public Box Union(Box other) =>
        FromEdges(Math.Min(X, other.X), Math.Min(Y, other.Y), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public bool Contains(double x, double y) => x >= X && x <= Right && y >= Y && y <= Bottom;

    public double[] ToArray() => [X, Y, Width, Height];

    public static Box? UnionAll(IEnumerable<Box?> boxes)
    {
        Box? result = null;
        foreach (var b in boxes)
        {
            if (b is { } box)
            {
                result = result is { } r ? r.Union(box) : box;
            }
        }
        return result;
    }
}

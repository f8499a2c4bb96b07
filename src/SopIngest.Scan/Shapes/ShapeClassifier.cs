using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Scan.Shapes;

/// <summary>
/// Tells a flowchart symbol from the inner outline (the hole) of a closed figure. The hole keeps the
/// symbol's shape even when connectors and arrowheads touch its outside:
/// <code>
///  rectangle   fills its box (~1.0), sharp corners      +------+
///  capsule     fills ~0.8-0.95, corners cut off          (      )
///  rounded     fills ~0.95, all corners slightly cut         (______)   a terminator, as offices draw it
///  trapezoid   fills ~0.85, one side's corners cut           /______\   manual operation: a process step
///  diamond     fills ~0.5, vertices at the edge middles     &lt;&gt;
///  pentagon    fills ~0.7-0.85, about as tall as wide   off-page connector, point down
/// </code>
/// Returns null for anything else (a letter's counter, a closed loop of connectors).
/// </summary>
internal static class ShapeClassifier
{
    public static MarkKind? Classify(Point[] hole)
    {
        var rect = Cv2.BoundingRect(hole);
        if (rect.Width < 3 || rect.Height < 3)
        {
            return null;
        }
        var fill = Cv2.ContourArea(hole) / ((double)rect.Width * rect.Height);
        var aspect = (double)rect.Width / rect.Height;
        var corners = CornerGap(hole, rect);
        if (fill is >= 0.38 and <= 0.66 && aspect is >= 0.8 and <= 4 && DiamondVertices(hole, rect))
        {
            return MarkKind.Decision;
        }
        if (fill >= 0.66 && aspect is >= 0.55 and <= 1.6 && corners.Bottom > 0.2 && corners.Top < 0.12)
        {
            return MarkKind.OffPage;
        }
        if (fill >= 0.88 && corners.Max < 0.1)
        {
            // Offices draw start and end as rounded rectangles as often as capsules.
            return aspect < 1 ? null : corners.Min >= RoundedCorner ? MarkKind.Terminator : MarkKind.Process;
        }
        if (fill is >= 0.72 and < 0.95 && aspect >= 1.2 && IsTrapezoid(corners))
        {
            // A trapezoid (manual operation) stands for a process step in SOP AP tables.
            return MarkKind.Process;
        }
        if (fill is >= 0.7 and < 0.97 && aspect >= 1.6 && corners.Min >= 0.08)
        {
            return MarkKind.Terminator;
        }
        return null;
    }

    // Corner gap (share of the height) from which all four corners are rounded: a rounded rectangle's are 0.058-0.084 on
    // the real scans, a square box's 0.015-0.048 (blur and stroke).
    private const double RoundedCorner = 0.05;
    // A trapezoid's cut corners and square ones, as corner gaps.
    private const double CutCorner = 0.1;
    private const double SquareCorner = 0.06;

    /// <summary>Both corners of one side cut, both of the other square: a trapezoid, wide side up or down.</summary>
    private static bool IsTrapezoid(Corners c) =>
        (Math.Min(c.TopLeft, c.TopRight) >= CutCorner && Math.Max(c.BottomLeft, c.BottomRight) < SquareCorner) ||
        (Math.Min(c.BottomLeft, c.BottomRight) >= CutCorner && Math.Max(c.TopLeft, c.TopRight) < SquareCorner);

    /// <summary>
    /// How far each bounding-box corner is from the outline, as a share of the box height: about 0 for a
    /// rectangle, about 0.2 for a capsule (0.414 r with r = h/2), large for a diamond.
    /// </summary>
    private static Corners CornerGap(Point[] hole, Rect rect)
    {
        double Gap(int x, int y) => hole.Min(p => Math.Sqrt(((double)p.X - x) * (p.X - x) + ((double)p.Y - y) * (p.Y - y))) / rect.Height;
        return new Corners(Gap(rect.Left, rect.Top), Gap(rect.Right - 1, rect.Top), Gap(rect.Left, rect.Bottom - 1), Gap(rect.Right - 1, rect.Bottom - 1));
    }

    private readonly record struct Corners(double TopLeft, double TopRight, double BottomLeft, double BottomRight)
    {
        public double Top => Math.Max(TopLeft, TopRight);
        public double Bottom => Math.Min(BottomLeft, BottomRight);
        public double Min => Math.Min(Math.Min(TopLeft, TopRight), Math.Min(BottomLeft, BottomRight));
        public double Max => Math.Max(Math.Max(TopLeft, TopRight), Math.Max(BottomLeft, BottomRight));
    }

    /// <summary>A diamond touches its box near the middle of each edge.</summary>
    private static bool DiamondVertices(Point[] hole, Rect rect)
    {
        var tolerance = 0.2;
        var top = hole.Where(p => p.Y <= rect.Top + 1).Select(p => (double)p.X).DefaultIfEmpty(double.NaN).Average();
        var bottom = hole.Where(p => p.Y >= rect.Bottom - 2).Select(p => (double)p.X).DefaultIfEmpty(double.NaN).Average();
        var left = hole.Where(p => p.X <= rect.Left + 1).Select(p => (double)p.Y).DefaultIfEmpty(double.NaN).Average();
        var right = hole.Where(p => p.X >= rect.Right - 2).Select(p => (double)p.Y).DefaultIfEmpty(double.NaN).Average();
        bool Near(double value, double centre, double size) => !double.IsNaN(value) && Math.Abs(value - centre) <= tolerance * size;
        return Near(top, rect.Left + rect.Width / 2.0, rect.Width) && Near(bottom, rect.Left + rect.Width / 2.0, rect.Width) &&
               Near(left, rect.Top + rect.Height / 2.0, rect.Height) && Near(right, rect.Top + rect.Height / 2.0, rect.Height);
    }
}

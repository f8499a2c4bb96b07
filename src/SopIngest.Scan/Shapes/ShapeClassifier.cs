using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Scan.Shapes;

/// <summary>
/// Tells a flowchart symbol from the inner outline (the hole) of a closed figure. The hole keeps the
/// symbol's shape even when connectors and arrowheads touch its outside:
/// <code>
///  rectangle   fills its box (~1.0), sharp corners      +------+
///  capsule     fills ~0.8-0.95, corners cut off          (      )
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
            return aspect >= 1 ? MarkKind.Process : null;
        }
        if (fill is >= 0.7 and < 0.97 && aspect >= 1.6 && corners.Min >= 0.08)
        {
            return MarkKind.Terminator;
        }
        return null;
    }

    /// <summary>
    /// How far each bounding-box corner is from the outline, as a share of the box height: about 0 for a
    /// rectangle, about 0.2 for a capsule (0.414 r with r = h/2), large for a diamond.
    /// </summary>
    private static (double Top, double Bottom, double Min, double Max) CornerGap(Point[] hole, Rect rect)
    {
        double Gap(int x, int y) => hole.Min(p => Math.Sqrt(((double)p.X - x) * (p.X - x) + ((double)p.Y - y) * (p.Y - y))) / rect.Height;
        double tl = Gap(rect.Left, rect.Top), tr = Gap(rect.Right - 1, rect.Top);
        double bl = Gap(rect.Left, rect.Bottom - 1), br = Gap(rect.Right - 1, rect.Bottom - 1);
        var all = new[] { tl, tr, bl, br };
        return (Math.Max(tl, tr), Math.Min(bl, br), all.Min(), all.Max());
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

using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Shapes;

/// <summary>
/// Names a closed outline by its geometry alone:
/// <code>
///   ( Mulai )   curved ends, wider than tall   Terminator
///   [       ]   four axis-aligned sides        Process
///      /\
///     <  >      four corners on the box sides' midpoints   Decision
///      \/
///   |‾‾‾|
///    \ /        five corners (off-page connector)   OffPage
///   ▸           a small triangle (arrowhead)   Arrow
/// </code>
/// A round outline as tall as wide is an on-page connector (OffPage: a junction, never a performer);
/// other closed outlines are symbols whose kind the drawing does not tell (Shape).
/// Returns null for what is no symbol at all (too large: a frame).
/// </summary>
internal static class ShapeClassifier
{
    /// <summary>A diamond's corner may sit this share of the box side away from the side's midpoint.</summary>
    private const double MidpointSlack = 0.15;

    public static MarkKind? Classify(Outline outline, ShapeOptions options)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var box = outline.Box;
        var longSide = Math.Max(box.Width, box.Height);
        if (longSide > options.MaxSize)
        {
            return null;
        }
        if (longSide < options.MinSize)
        {
            // Arrowheads and dots: part of a connector.
            return MarkKind.Arrow;
        }
        if (outline.HasCurves)
        {
            var aspect = box.Width / Math.Max(box.Height, double.Epsilon);
            return aspect >= options.CapsuleAspect ? MarkKind.Terminator
                : aspect >= 1 / options.CapsuleAspect ? MarkKind.OffPage
                : MarkKind.Shape;
        }
        var corners = Corners(outline.Points, options.VertexTolerance);
        return corners.Count switch
        {
            3 => MarkKind.Arrow,
            4 when AllAxisAligned(corners, options.AxisTolerance) => MarkKind.Process,
            4 when IsDiamond(corners, box) => MarkKind.Decision,
            5 => MarkKind.OffPage,
            < 3 => null,
            _ => MarkKind.Shape,
        };
    }

    /// <summary>True for a four-cornered outline with horizontal and vertical sides (a box, no curves).</summary>
    public static bool IsAxisRectangle(Outline outline, ShapeOptions options)
    {
        ArgumentNullException.ThrowIfNull(outline);
        if (outline.HasCurves)
        {
            return false;
        }
        var corners = Corners(outline.Points, options.VertexTolerance);
        return corners.Count == 4 && AllAxisAligned(corners, options.AxisTolerance);
    }

    /// <summary>The polygon's corners: repeated points and points on a straight side dropped.</summary>
    internal static List<PointD> Corners(IReadOnlyList<PointD> points, double tolerance)
    {
        var unique = new List<PointD>();
        foreach (var p in points)
        {
            if (unique.Count == 0 || unique[^1].DistanceTo(p) > tolerance)
            {
                unique.Add(p);
            }
        }
        while (unique.Count > 1 && unique[0].DistanceTo(unique[^1]) <= tolerance)
        {
            unique.RemoveAt(unique.Count - 1);
        }
        var changed = true;
        while (changed && unique.Count > 3)
        {
            changed = false;
            for (var i = 0; i < unique.Count; i++)
            {
                var a = unique[(i + unique.Count - 1) % unique.Count];
                var b = unique[i];
                var c = unique[(i + 1) % unique.Count];
                if (DistanceToLine(b, a, c) <= tolerance)
                {
                    unique.RemoveAt(i);
                    changed = true;
                    break;
                }
            }
        }
        return unique;
    }

    private static double DistanceToLine(PointD p, PointD a, PointD b)
    {
        var length = a.DistanceTo(b);
        if (length < double.Epsilon)
        {
            return p.DistanceTo(a);
        }
        return Math.Abs((b.X - a.X) * (a.Y - p.Y) - (a.X - p.X) * (b.Y - a.Y)) / length;
    }

    private static bool AllAxisAligned(List<PointD> corners, double tolerance)
    {
        for (var i = 0; i < corners.Count; i++)
        {
            var a = corners[i];
            var b = corners[(i + 1) % corners.Count];
            if (Math.Abs(a.X - b.X) > tolerance && Math.Abs(a.Y - b.Y) > tolerance)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDiamond(List<PointD> corners, Box box)
    {
        var slackX = box.Width * MidpointSlack;
        var slackY = box.Height * MidpointSlack;
        PointD[] midpoints =
        [
            new(box.CenterX, box.Y), new(box.Right, box.CenterY), new(box.CenterX, box.Bottom), new(box.X, box.CenterY),
        ];
        return midpoints.All(m => corners.Any(c => Math.Abs(c.X - m.X) <= slackX && Math.Abs(c.Y - m.Y) <= slackY));
    }
}

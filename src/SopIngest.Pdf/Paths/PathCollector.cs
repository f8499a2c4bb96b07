using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Shapes;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace SopIngest.Pdf.Paths;

/// <summary>
/// Sorts a page's vector paths into ruling lines (thin filled rectangles, straight stroked pieces, sides
/// of a large stroked frame) and closed outlines (flowchart symbol candidates). White fills are cell
/// backgrounds and are dropped.
/// </summary>
internal static class PathCollector
{
    private const double WhiteLevel = 0.95;

    /// <summary>The page's graphics, or null when the page draws more paths than the limit allows.</summary>
    public static PageGraphics? Collect(Page page, PageFrame frame, PdfReaderOptions options)
    {
        var paths = page.Paths;
        if (paths.Count > options.MaxPathsPerPage)
        {
            return null;
        }
        var rulings = new List<Ruling>();
        var outlines = new List<Outline>();
        var boxes = new List<Outline>();
        var frames = new List<Box> { new(0, 0, frame.Width, frame.Height) };
        var subpaths = 0;
        foreach (var path in paths)
        {
            if (path.IsClipping && path.GetBoundingRectangle() is { } clip)
            {
                // The printable area: a table broken at a page break stops at its edge without a border.
                var box = frame.MapBox(clip.Left, clip.Bottom, clip.Right, clip.Top);
                if (box.Width >= frame.Width / 2 && box.Height >= frame.Height / 2 && !frames.Contains(box))
                {
                    frames.Add(box);
                }
            }
            var visibleFill = path.IsFilled && !IsWhite(path.FillColor);
            if (!path.IsStroked && !visibleFill)
            {
                continue;
            }
            foreach (var subpath in path)
            {
                // One path may hold any number of subpaths; the budget counts them all.
                if (++subpaths > options.MaxPathsPerPage)
                {
                    return null;
                }
                var shape = Trace(subpath, frame);
                if (shape is not null)
                {
                    Sort(shape, path.IsStroked, options, rulings, outlines, boxes);
                }
            }
        }
        SplitBoxes(boxes, options, rulings, outlines);
        return new PageGraphics(rulings, outlines) { Frames = frames };
    }

    /// <summary>
    /// Stroked boxes are process symbols, or cells of a table drawn one box per cell. A cell box has a
    /// neighbour: another box with a side along its own side (shared, or a border-spacing apart); a symbol
    /// stands apart from every other box. Cell boxes give their sides as rulings.
    /// <code>
    ///   +----++----+       two cells: the right side of one runs along the left side of the other
    ///   |    ||    |
    ///   +----++----+       [  ]   [  ]   two symbols: apart
    /// </code>
    /// </summary>
    internal static void SplitBoxes(List<Outline> boxes, PdfReaderOptions options, List<Ruling> rulings, List<Outline> outlines)
    {
        if (boxes.Count > options.MaxOutlinesPerPage)
        {
            // Past the limit the page is not analysed anyway; skip the quadratic neighbour search.
            outlines.AddRange(boxes);
            return;
        }
        var reach = options.Grid.TouchTolerance;
        foreach (var box in boxes)
        {
            var b = box.Box;
            var isCell = boxes.Any(o => !ReferenceEquals(o, box) && Neighbours(b, o.Box, reach));
            if (!isCell)
            {
                outlines.Add(box);
                continue;
            }
            rulings.Add(Ruling.Horizontal(b.Y, b.X, b.Right));
            rulings.Add(Ruling.Horizontal(b.Bottom, b.X, b.Right));
            rulings.Add(Ruling.Vertical(b.X, b.Y, b.Bottom));
            rulings.Add(Ruling.Vertical(b.Right, b.Y, b.Bottom));
        }
    }

    private static bool Neighbours(Box a, Box b, double reach)
    {
        static double Overlap(double a1, double a2, double b1, double b2) => Math.Min(a2, b2) - Math.Max(a1, b1);
        var sideBySide = (Math.Abs(a.Right - b.X) <= reach || Math.Abs(b.Right - a.X) <= reach) &&
                         Overlap(a.Y, a.Bottom, b.Y, b.Bottom) >= 0.5 * Math.Min(a.Height, b.Height);
        var stacked = (Math.Abs(a.Bottom - b.Y) <= reach || Math.Abs(b.Bottom - a.Y) <= reach) &&
                      Overlap(a.X, a.Right, b.X, b.Right) >= 0.5 * Math.Min(a.Width, b.Width);
        return sideBySide || stacked;
    }

    /// <summary>
    /// Decides what one traced subpath is. Thin and long: a ruling. Closed and symbol-sized: an outline.
    /// Closed and larger than any symbol: a frame whose sides are rulings. Open and stroked: its straight
    /// horizontal and vertical pieces are rulings (connector pieces among them, pruned later).
    /// </summary>
    internal static void Sort(TracedSubpath shape, bool stroked, PdfReaderOptions options, List<Ruling> rulings,
        List<Outline> outlines, List<Outline> boxes)
    {
        var grid = options.Grid;
        var box = shape.Outline.Box;
        var thin = Math.Min(box.Width, box.Height) <= grid.MaxRulingThickness;
        var longSide = Math.Max(box.Width, box.Height);
        if (thin && (shape.IsClosed || !stroked))
        {
            if (longSide >= grid.MinRulingLength)
            {
                rulings.Add(box.Width >= box.Height
                    ? Ruling.Horizontal(box.CenterY, box.X, box.Right)
                    : Ruling.Vertical(box.CenterX, box.Y, box.Bottom));
            }
            return;
        }
        if (shape.IsClosed && longSide <= options.Shapes.MaxSize)
        {
            (stroked && ShapeClassifier.IsAxisRectangle(shape.Outline, options.Shapes) ? boxes : outlines)
                .Add(stroked ? shape.Outline : shape.Outline with { Stroked = false });
            return;
        }
        if (!stroked)
        {
            return;
        }
        foreach (var (from, to) in shape.Segments)
        {
            if (Math.Abs(from.Y - to.Y) <= options.Shapes.AxisTolerance && Math.Abs(from.X - to.X) >= grid.MinRulingLength)
            {
                rulings.Add(Ruling.Horizontal((from.Y + to.Y) / 2, from.X, to.X));
            }
            else if (Math.Abs(from.X - to.X) <= options.Shapes.AxisTolerance && Math.Abs(from.Y - to.Y) >= grid.MinRulingLength)
            {
                rulings.Add(Ruling.Vertical((from.X + to.X) / 2, from.Y, to.Y));
            }
        }
    }

    /// <summary>Follows a subpath's commands into page-frame points; Bézier control points are not corners.</summary>
    private static TracedSubpath? Trace(PdfSubpath subpath, PageFrame frame)
    {
        var points = new List<PointD>();
        var segments = new List<(PointD From, PointD To)>();
        var curves = false;
        PointD? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    current = frame.Map(move.Location.X, move.Location.Y);
                    points.Add(current.Value);
                    break;
                case PdfSubpath.Line line:
                    var from = frame.Map(line.From.X, line.From.Y);
                    var to = frame.Map(line.To.X, line.To.Y);
                    if (points.Count == 0)
                    {
                        points.Add(from);
                    }
                    points.Add(to);
                    segments.Add((from, to));
                    current = to;
                    break;
                case PdfSubpath.BezierCurve curve:
                    curves = true;
                    var end = frame.Map(curve.EndPoint.X, curve.EndPoint.Y);
                    if (points.Count == 0)
                    {
                        points.Add(frame.Map(curve.StartPoint.X, curve.StartPoint.Y));
                    }
                    points.Add(end);
                    current = end;
                    break;
            }
        }
        if (points.Count < 2)
        {
            return null;
        }
        var closed = subpath.IsClosed() || points[0].DistanceTo(points[^1]) < 0.01;
        if (closed && points.Count > 1 && points[0].DistanceTo(points[^1]) >= 0.01 && current is { } last)
        {
            // The implicit closing side is a side too (a rectangle drawn with three lines and "h").
            segments.Add((last, points[0]));
        }
        return new TracedSubpath(new Outline(points, curves), segments, closed);
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            // No colour set means the default, black.
            return false;
        }
        var (r, g, b) = color.ToRGBValues();
        return r >= WhiteLevel && g >= WhiteLevel && b >= WhiteLevel;
    }
}

using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Scan.Grid;

namespace SopIngest.Scan.Shapes;

/// <summary>
/// Finds flowchart symbols inside the tables: erase the rulings, seal small breaks in outlines, then every
/// hole (inner contour) of symbol size is classified by <see cref="ShapeClassifier"/>. Connectors, elbows
/// and arrowheads enclose nothing and so never become shapes; stamps and signatures sit outside the tables.
/// </summary>
internal static class ShapeDetector
{
    // Smallest symbol, in pixels at 300 dpi: a process box is ~12 x 5 mm, an off-page pentagon ~5 mm.
    private const double MinWidth300 = 35;
    private const double MinHeight300 = 22;
    // The band around a symbol starts past its outline stroke and is this wide (300 dpi pixels).
    private const double InnerBand300 = 10;
    private const double OuterBand300 = 24;
    // Most ink the band may hold: connectors crossing it take a few percent, a logo's fill most of it.
    private const double MaxBandInk = 0.25;

    public static IReadOnlyList<DetectedShape> Detect(Mat ink, IReadOnlyList<TableGrid> tables, double dpi)
    {
        var shapes = new List<DetectedShape>();
        var scale = dpi / 300;
        foreach (var table in tables)
        {
            var area = PixelRect.Covering(table.Bounds, ink.Width, ink.Height);
            if (area.Width <= 0 || area.Height <= 0)
            {
                continue;
            }
            using var view = new Mat(ink, area);
            using var crop = view.Clone();
            foreach (var ruling in table.Rulings)
            {
                var width = (int)Math.Ceiling(ruling.Thickness) + 6;
                var (p1, p2) = ruling.IsHorizontal
                    ? (new Point(ruling.Start - area.X - 4, ruling.Position - area.Y), new Point(ruling.End - area.X + 4, ruling.Position - area.Y))
                    : (new Point(ruling.Position - area.X, ruling.Start - area.Y - 4), new Point(ruling.Position - area.X, ruling.End - area.Y + 4));
                Cv2.Line(crop, p1, p2, Scalar.Black, width);
            }
            using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3));
            Cv2.MorphologyEx(crop, crop, MorphTypes.Close, kernel);
            Cv2.FindContours(crop, out var contours, out var hierarchy, RetrievalModes.CComp, ContourApproximationModes.ApproxNone);
            for (var i = 0; i < contours.Length; i++)
            {
                if (hierarchy[i].Parent < 0)
                {
                    continue; // outer boundaries; symbols are told by their holes
                }
                var rect = Cv2.BoundingRect(contours[i]);
                if (rect.Width < MinWidth300 * scale || rect.Height < MinHeight300 * scale)
                {
                    continue;
                }
                var box = new Box(rect.X + area.X, rect.Y + area.Y, rect.Width, rect.Height);
                var cell = table.CellAt(box.CenterX, box.CenterY);
                // A hole as large as its cell is a cell whose rulings were not all erased, not a symbol.
                if (cell is null || box.Width > 0.9 * cell.Box.Width || box.Height > 0.9 * cell.Box.Height)
                {
                    continue;
                }
                if (!Isolated(crop, rect, scale))
                {
                    continue; // a hole in a logo or a stamp: a symbol stands on paper, not inside ink
                }
                if (ShapeClassifier.Classify(contours[i]) is { } kind)
                {
                    // The outline is a stroke outside the hole: widen the box by it.
                    var stroke = 3 * scale;
                    var outline = contours[i].Select(p => new Point(p.X + area.X, p.Y + area.Y)).ToArray();
                    shapes.Add(new DetectedShape(kind, new Box(box.X - stroke, box.Y - stroke, box.Width + 2 * stroke, box.Height + 2 * stroke), outline));
                }
            }
        }
        return shapes;
    }

    /// <summary>
    /// A symbol's surroundings are paper crossed by a few connectors; a hole inside a logo or seal is
    /// surrounded by ink. Measured on the band just outside the symbol's outline.
    /// </summary>
    private static bool Isolated(Mat ink, Rect hole, double scale)
    {
        var inner = (int)Math.Ceiling(InnerBand300 * scale);
        var outer = (int)Math.Ceiling(OuterBand300 * scale);
        var bounds = new Rect(0, 0, ink.Width, ink.Height);
        var big = new Rect(hole.X - outer, hole.Y - outer, hole.Width + 2 * outer, hole.Height + 2 * outer).Intersect(bounds);
        var small = new Rect(hole.X - inner, hole.Y - inner, hole.Width + 2 * inner, hole.Height + 2 * inner).Intersect(bounds);
        using var bigMat = new Mat(ink, big);
        using var smallMat = new Mat(ink, small);
        var band = (double)big.Width * big.Height - (double)small.Width * small.Height;
        return band <= 0 || (Cv2.CountNonZero(bigMat) - Cv2.CountNonZero(smallMat)) / band <= MaxBandInk;
    }
}

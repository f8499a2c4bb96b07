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

    public static IReadOnlyList<DetectedShape> Detect(Mat ink, IReadOnlyList<TableGrid> tables, double dpi)
    {
        var shapes = new List<DetectedShape>();
        var scale = dpi / 300;
        foreach (var table in tables)
        {
            var area = Clip(table.Bounds, ink.Width, ink.Height);
            if (area.Width <= 0 || area.Height <= 0)
            {
                continue;
            }
            using var crop = new Mat(ink, area).Clone();
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

    private static Rect Clip(Box box, int width, int height)
    {
        var x = Math.Clamp((int)box.X, 0, width);
        var y = Math.Clamp((int)box.Y, 0, height);
        var right = Math.Clamp((int)Math.Ceiling(box.Right) + 1, 0, width);
        var bottom = Math.Clamp((int)Math.Ceiling(box.Bottom) + 1, 0, height);
        return new Rect(x, y, right - x, bottom - y);
    }
}

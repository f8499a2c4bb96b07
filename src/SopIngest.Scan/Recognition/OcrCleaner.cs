using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Shapes;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// Makes the image Tesseract reads: the prepared grey page without the drawing (rulings,
/// connectors, symbol outlines, arrowheads) and without scanner specks. Left in, Tesseract reads the drawing
/// as junk glyphs ("[ ]", "l", "Ej", seeds 001/003) and merges neighbouring cells into one line, and the
/// second, per-cell pass reads specks as punctuation. Text inside symbols (Mulai, Selesai, A) is kept.
/// The text keeps its grey levels: handing Tesseract our binarisation instead was measured worse
/// (letters of the 1-bit scan broke up: "Dispostsi pimpman").
/// </summary>
internal static class OcrCleaner
{
    // Twice the widest outline stroke seen in the corpus at 300 dpi (about 5 px), plus blur.
    private const int OutlineStroke = 14;
    // Specks: components smaller than this (pixels at 300 dpi); a full stop is about 25.
    private const double SpeckArea300 = 14;
    // Arrowheads: small solid blobs inside tables that are as deep as a filled triangle: the distance from
    // their deepest pixel to paper is about 0.29 of their size (inradius), a letter's is 0.1 or less
    // (a stroke is thin for its height). Full stops are deep too, but smaller than an arrowhead.
    private const double SolidDepthRatio = 0.2;
    private const double SolidMinSize300 = 11;
    private const double SolidFill = 0.85;
    private const double TriangleBoxFill = 0.65;
    // Connector stubs shorter than the ruling kernel (an elbow's last drop onto a symbol) are removed with
    // a shorter kernel inside tables; letters there are at most about 40 px tall at 300 dpi.
    private const double StubLength300 = 48;
    private const double SolidMaxSize300 = 45;

    public static Mat Clean(Mat grey, Mat ink, IReadOnlyList<TableGrid> tables, IReadOnlyList<DetectedShape> shapes, double dpi, ScanOptions options)
    {
        var scale = dpi / 300;
        using var text = ink.Clone();
        using (var masks = LineMasks.Find(ink, options))
        using (var lines = new Mat())
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5)))
        {
            Cv2.BitwiseOr(masks.Horizontal, masks.Vertical, lines);
            Cv2.Dilate(lines, lines, kernel);
            text.SetTo(Scalar.Black, lines);
        }
        RemoveStubs(text, tables, scale);
        foreach (var ruling in tables.SelectMany(t => t.Rulings))
        {
            var width = (int)Math.Ceiling(ruling.Thickness) + 6;
            var (p1, p2) = ruling.IsHorizontal
                ? (new Point(ruling.Start, ruling.Position), new Point(ruling.End, ruling.Position))
                : (new Point(ruling.Position, ruling.Start), new Point(ruling.Position, ruling.End));
            Cv2.Line(text, p1, p2, Scalar.Black, width);
        }
        foreach (var shape in shapes)
        {
            // The outline lies just outside the hole's contour: a wide stroke along the contour clears it
            // and leaves the label inside.
            Cv2.DrawContours(text, [shape.Outline], -1, Scalar.Black, OutlineStroke);
        }
        RemoveBlobs(text, tables, scale);
        // Everything that was ink and is not kept as text becomes paper; the text keeps its grey levels.
        using var dropped = new Mat();
        Cv2.Subtract(ink, text, dropped);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)))
        {
            Cv2.Dilate(dropped, dropped, kernel); // the anti-aliased fringe of a removed line
        }
        var clean = grey.Clone();
        clean.SetTo(Scalar.White, dropped);
        return clean;
    }

    private static void RemoveStubs(Mat text, IReadOnlyList<TableGrid> tables, double scale)
    {
        var length = (int)Math.Round(StubLength300 * scale);
        using var horizontal = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(length, 1));
        using var vertical = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, length));
        using var grow = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5));
        foreach (var table in tables)
        {
            var area = new Rect((int)table.Bounds.X, (int)table.Bounds.Y, (int)table.Bounds.Width, (int)table.Bounds.Height)
                .Intersect(new Rect(0, 0, text.Width, text.Height));
            if (area.Width <= 0 || area.Height <= 0)
            {
                continue;
            }
            using var region = new Mat(text, area);
            using var h = new Mat();
            using var v = new Mat();
            Cv2.MorphologyEx(region, h, MorphTypes.Open, horizontal);
            Cv2.MorphologyEx(region, v, MorphTypes.Open, vertical);
            Cv2.BitwiseOr(h, v, h);
            Cv2.Dilate(h, h, grow);
            region.SetTo(Scalar.Black, h);
        }
    }

    private static void RemoveBlobs(Mat text, IReadOnlyList<TableGrid> tables, double scale)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(text, labels, stats, centroids, PixelConnectivity.Connectivity8);
        using var depth = new Mat();
        Cv2.DistanceTransform(text, depth, DistanceTypes.L2, DistanceTransformMasks.Mask3);
        var speck = SpeckArea300 * scale * scale;
        var minSize = SolidMinSize300 * scale;
        var maxSize = SolidMaxSize300 * scale;
        var remove = new bool[count];
        for (var i = 1; i < count; i++)
        {
            var rect = new Rect(stats.At<int>(i, 0), stats.At<int>(i, 1), stats.At<int>(i, 2), stats.At<int>(i, 3));
            if (stats.At<int>(i, 4) < speck)
            {
                remove[i] = true;
                continue;
            }
            if (Math.Max(rect.Width, rect.Height) > maxSize || Math.Min(rect.Width, rect.Height) < minSize ||
                !tables.Any(t => t.Bounds.Contains(rect.X + rect.Width / 2.0, rect.Y + rect.Height / 2.0)))
            {
                continue;
            }
            using var blobLabels = new Mat(labels, rect);
            using var blobDepth = new Mat(depth, rect);
            using var mask = new Mat();
            Cv2.Compare(blobLabels, new Scalar(i), mask, CmpTypes.EQ);
            Cv2.MinMaxLoc(blobDepth, out _, out double deepest, out _, out _, mask);
            if (deepest < SolidDepthRatio * Math.Max(rect.Width, rect.Height))
            {
                continue;
            }
            // Bold letters can be as deep ("e", "a"); they have counters and bays, a triangle fills its hull.
            Cv2.FindContours(mask, out var outer, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
            var hull = outer.Length == 0 ? 0 : Cv2.ContourArea(Cv2.ConvexHull(outer.MaxBy(c => c.Length)!));
            // ... and a triangle fills half its box, a blotted round letter much more.
            var area = stats.At<int>(i, 4);
            remove[i] = hull > 0 && area >= SolidFill * hull && area <= TriangleBoxFill * rect.Width * rect.Height;
        }
        if (!remove.Any(r => r))
        {
            return;
        }
        Erase(text, labels, remove);
    }

    /// <summary>One pass over the label image: paper where the component is to go.</summary>
    private static unsafe void Erase(Mat text, Mat labels, bool[] remove)
    {
        var pixels = text.Rows * text.Cols;
        var labelSpan = new ReadOnlySpan<int>(labels.DataPointer, pixels);
        var textSpan = new Span<byte>(text.DataPointer, pixels);
        for (var i = 0; i < pixels; i++)
        {
            var label = labelSpan[i];
            if (label > 0 && remove[label])
            {
                textSpan[i] = 0;
            }
        }
    }
}

using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Shapes;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// Paints the drawing (rulings, connectors, symbol outlines) white on a copy of the page before OCR.
/// Left in, Tesseract reads them as junk glyphs ("[ ]", "l", "Ej", seeds 001/003) and merges cells into one
/// line; text inside symbols (Mulai, Selesai, A) is kept.
/// </summary>
internal static class OcrCleaner
{
    // Twice the widest outline stroke seen in the corpus at 300 dpi (about 5 px), plus blur.
    private const int OutlineStroke = 14;

    public static Mat Clean(Mat grey, Mat ink, IReadOnlyList<TableGrid> tables, IReadOnlyList<DetectedShape> shapes, ScanOptions options)
    {
        var clean = grey.Clone();
        using var masks = LineMasks.Find(ink, options);
        using var lines = new Mat();
        Cv2.BitwiseOr(masks.Horizontal, masks.Vertical, lines);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5));
        Cv2.Dilate(lines, lines, kernel);
        clean.SetTo(Scalar.White, lines);
        foreach (var ruling in tables.SelectMany(t => t.Rulings))
        {
            var width = (int)Math.Ceiling(ruling.Thickness) + 6;
            var (p1, p2) = ruling.IsHorizontal
                ? (new Point(ruling.Start, ruling.Position), new Point(ruling.End, ruling.Position))
                : (new Point(ruling.Position, ruling.Start), new Point(ruling.Position, ruling.End));
            Cv2.Line(clean, p1, p2, Scalar.White, width);
        }
        foreach (var shape in shapes)
        {
            // The outline lies just outside the hole's contour: a wide stroke along the contour clears it
            // and leaves the label inside.
            Cv2.DrawContours(clean, [shape.Outline], -1, Scalar.White, OutlineStroke);
        }
        return clean;
    }
}

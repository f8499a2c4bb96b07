using OpenCvSharp;

namespace SopIngest.Scan.Tests.Support;

/// <summary>Small drawn test pages: tables with spans, flowchart symbols, text; encoded as the tests need.</summary>
internal static class Pictures
{
    public static Mat WhitePage(int width = 1400, int height = 1000) => new(height, width, MatType.CV_8UC1, Scalar.White);

    public static byte[] Jpeg(Mat image, int quality = 90)
    {
        Cv2.ImEncode(".jpg", image, out var bytes, new ImageEncodingParam(ImwriteFlags.JpegQuality, quality));
        return bytes;
    }

    public static byte[] Png(Mat image)
    {
        Cv2.ImEncode(".png", image, out var bytes);
        return bytes;
    }

    public static void Line(Mat page, int x1, int y1, int x2, int y2, int thickness = 3) =>
        Cv2.Line(page, new Point(x1, y1), new Point(x2, y2), Scalar.Black, thickness);

    /// <summary>
    /// A procedure-style table: two header rows where cell (0,2) spans columns 2..4 and columns 0, 1 and 5
    /// span both header rows, then <paramref name="bodyRows"/> body rows.
    /// <code>
    ///  +---+------+--------------+----+
    ///  |   |      |   (0,2) x3   |    |
    ///  |   |      +----+----+----+    |
    ///  |   |      |    |    |    |    |
    ///  +---+------+----+----+----+----+
    /// </code>
    /// Returns the column x positions and row y positions drawn.
    /// </summary>
    public static (int[] Xs, int[] Ys) DrawProcedureTable(Mat page, int bodyRows)
    {
        int[] xs = [100, 180, 500, 650, 800, 950, 1300];
        var ys = new List<int> { 100, 160, 220 };
        for (var r = 0; r < bodyRows; r++)
        {
            ys.Add(ys[^1] + 120);
        }
        // Outer frame and body rows at full width.
        foreach (var y in ys.Where(y => y != 160))
        {
            Line(page, xs[0], y, xs[^1], y);
        }
        // The sub-header line only under the spanned group.
        Line(page, xs[2], 160, xs[5], 160);
        // Verticals: all full height except the ones between sub-columns, which start below the group header.
        foreach (var x in new[] { xs[0], xs[1], xs[2], xs[5], xs[6] })
        {
            Line(page, x, ys[0], x, ys[^1]);
        }
        foreach (var x in new[] { xs[3], xs[4] })
        {
            Line(page, x, 160, x, ys[^1]);
        }
        return (xs, [.. ys]);
    }

    public static void Rectangle(Mat page, int cx, int cy, int w = 90, int h = 40) =>
        Cv2.Rectangle(page, new Rect(cx - w / 2, cy - h / 2, w, h), Scalar.Black, 3);

    public static void Capsule(Mat page, int cx, int cy, int w = 110, int h = 40)
    {
        var r = h / 2;
        Line(page, cx - w / 2 + r, cy - r, cx + w / 2 - r, cy - r);
        Line(page, cx - w / 2 + r, cy + r, cx + w / 2 - r, cy + r);
        Cv2.Ellipse(page, new Point(cx - w / 2 + r, cy), new Size(r, r), 0, 90, 270, Scalar.Black, 3);
        Cv2.Ellipse(page, new Point(cx + w / 2 - r, cy), new Size(r, r), 0, -90, 90, Scalar.Black, 3);
    }

    public static void Diamond(Mat page, int cx, int cy, int w = 100, int h = 60) =>
        Cv2.Polylines(page, [[new Point(cx, cy - h / 2), new Point(cx + w / 2, cy), new Point(cx, cy + h / 2), new Point(cx - w / 2, cy)]],
            true, Scalar.Black, 3);

    /// <summary>Off-page connector: a square top with a point at the bottom.</summary>
    public static void Pentagon(Mat page, int cx, int cy, int w = 50, int h = 60) =>
        Cv2.Polylines(page, [[new Point(cx - w / 2, cy - h / 2), new Point(cx + w / 2, cy - h / 2), new Point(cx + w / 2, cy + h / 8),
            new Point(cx, cy + h / 2), new Point(cx - w / 2, cy + h / 8)]], true, Scalar.Black, 3);

    /// <summary>An elbow connector with an arrowhead: never a symbol.</summary>
    public static void Elbow(Mat page, int x1, int y1, int x2, int y2)
    {
        Line(page, x1, y1, x2, y1);
        Line(page, x2, y1, x2, y2 - 12);
        Cv2.FillPoly(page, [[new Point(x2 - 8, y2 - 14), new Point(x2 + 8, y2 - 14), new Point(x2, y2)]], Scalar.Black);
    }
}

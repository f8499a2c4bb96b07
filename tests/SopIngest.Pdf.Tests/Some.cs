using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Pdf.Tests;

/// <summary>Small builders of test input: grids of ruling lines, outlines, words and whole PDFs.</summary>
internal static class Some
{
    /// <summary>Every side of every cell of a regular grid, as Chromium draws them (one piece per cell side).</summary>
    public static List<Ruling> GridLines(double[] xs, double[] ys)
    {
        var lines = new List<Ruling>();
        for (var r = 0; r < ys.Length; r++)
        {
            for (var c = 0; c + 1 < xs.Length; c++)
            {
                lines.Add(Ruling.Horizontal(ys[r], xs[c], xs[c + 1]));
            }
        }
        for (var c = 0; c < xs.Length; c++)
        {
            for (var r = 0; r + 1 < ys.Length; r++)
            {
                lines.Add(Ruling.Vertical(xs[c], ys[r], ys[r + 1]));
            }
        }
        return lines;
    }

    public static Outline Polygon(params (double X, double Y)[] points) =>
        new([.. points.Select(p => new PointD(p.X, p.Y)), new PointD(points[0].X, points[0].Y)], HasCurves: false);

    public static Outline Rectangle(double x, double y, double width, double height) =>
        Polygon((x, y), (x + width, y), (x + width, y + height), (x, y + height));

    public static Outline Diamond(double cx, double cy, double halfWidth, double halfHeight) =>
        Polygon((cx, cy - halfHeight), (cx + halfWidth, cy), (cx, cy + halfHeight), (cx - halfWidth, cy));

    /// <summary>A pentagon pointing down: the off-page connector.</summary>
    public static Outline OffPage(double x, double y, double width, double height) =>
        Polygon((x, y), (x + width, y), (x + width, y + height * 0.65), (x + width / 2, y + height), (x, y + height * 0.65));

    public static Outline Arrowhead(double tipX, double tipY) =>
        Polygon((tipX, tipY), (tipX - 2.6, tipY - 4.5), (tipX + 2.6, tipY - 4.5));

    /// <summary>A rounded outline: the corner points of a capsule or circle traced through its curves.</summary>
    public static Outline Rounded(double x, double y, double width, double height)
    {
        var points = new List<PointD>();
        for (var i = 0; i <= 32; i++)
        {
            var angle = 2 * Math.PI * i / 32;
            var rx = width / 2;
            var ry = height / 2;
            // A superellipse is close enough to a capsule for the classifier: curved ends, flat-ish sides.
            points.Add(new PointD(x + rx + rx * Math.Sign(Math.Cos(angle)) * Math.Pow(Math.Abs(Math.Cos(angle)), 0.5),
                y + ry + ry * Math.Sin(angle)));
        }
        return new Outline(points, HasCurves: true);
    }

    public static Word Word(string text, double x, double y, double width = 20, double height = 6) =>
        new(text, new Box(x, y, width, height));

    /// <summary>A PDF of <paramref name="pages"/> pages with one line of text each.</summary>
    public static byte[] TextPdf(int pages, string text = "Prosedur pelayanan surat masuk di kecamatan")
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 12, new PdfPoint(50, 780), font);
        }
        return builder.Build();
    }

    /// <summary>A one-page PDF whose page draws a line of text and whatever <paramref name="draw"/> adds.</summary>
    public static byte[] Pdf(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw, bool visibleLine = true)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        if (visibleLine)
        {
            page.AddText("Prosedur pelayanan surat masuk di kecamatan", 12, new PdfPoint(50, 800), font);
        }
        draw(page, font);
        return builder.Build();
    }

    /// <summary>A syntactically valid PDF whose page tree is empty.</summary>
    public static byte[] ZeroPagePdf() =>
        RawPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>");

    /// <summary>
    /// A PDF written by hand from its objects (1 0 obj is the catalog), with a correct cross-reference
    /// table: for structures a builder refuses to write.
    /// </summary>
    public static byte[] RawPdf(params string[] objects)
    {
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        text.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }
}

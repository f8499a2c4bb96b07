using System.Globalization;
using System.Text;

namespace SopIngest.Scan.Tests.Support;

/// <summary>
/// Writes small PDFs by hand (objects, xref, trailer) so hostile inputs can be made in the test itself:
/// pages holding one full-page image with whatever size its dictionary claims, or thousands of pages.
/// </summary>
internal static class TinyPdf
{
    /// <summary>A PDF of A4-landscape pages, each one full-page JPEG image: (declared width, height, JPEG bytes).</summary>
    public static byte[] WithImagePages(params (int Width, int Height, byte[] Jpeg)[] pages)
    {
        var objects = new List<byte[]>();
        // 1: catalog, 2: pages, then per page: page, content, image.
        var kids = string.Join(' ', pages.Select((_, i) => $"{3 + 3 * i} 0 R"));
        objects.Add(Ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages.Length} >>"));
        for (var i = 0; i < pages.Length; i++)
        {
            var (width, height, jpeg) = pages[i];
            var page = 3 + 3 * i;
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents {page + 1} 0 R /Resources << /XObject << /Im0 {page + 2} 0 R >> >> >>"));
            objects.Add(Stream("", Ascii("q 842 0 0 595 0 0 cm /Im0 Do Q")));
            objects.Add(Stream(string.Create(CultureInfo.InvariantCulture,
                $"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode"), jpeg));
        }
        return Write(objects);
    }

    /// <summary>
    /// A one-page PDF whose page (<paramref name="mediaWidth"/> x <paramref name="mediaHeight"/> points, turned by
    /// <paramref name="rotate"/>) draws one colour JPEG through the placement matrix <paramref name="matrix"/> (PDF
    /// <c>cm</c> operands), and optionally a small second image over it (a pasted stamp).
    /// </summary>
    public static byte[] WithPlacedImage(double mediaWidth, double mediaHeight, int rotate, string matrix, (int Width, int Height, byte[] Jpeg) image,
        (string Matrix, int Width, int Height, byte[] Jpeg)? overlay = null)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        };
        var xobjects = overlay is null ? "/Im0 5 0 R" : "/Im0 5 0 R /Im1 6 0 R";
        objects.Add(Ascii(string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {mediaWidth} {mediaHeight}] /Rotate {rotate} /Contents 4 0 R /Resources << /XObject << {xobjects} >> >> >>")));
        var content = $"q {matrix} cm /Im0 Do Q" + (overlay is { } o ? $" q {o.Matrix} cm /Im1 Do Q" : "");
        objects.Add(Stream("", Ascii(content)));
        objects.Add(Stream(string.Create(CultureInfo.InvariantCulture,
            $"/Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode"), image.Jpeg));
        if (overlay is { } over)
        {
            objects.Add(Stream(string.Create(CultureInfo.InvariantCulture,
                $"/Type /XObject /Subtype /Image /Width {over.Width} /Height {over.Height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode"), over.Jpeg));
        }
        return Write(objects);
    }

    /// <summary>A PDF with <paramref name="count"/> empty pages (0 for a page tree without pages).</summary>
    public static byte[] WithEmptyPages(int count)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, count).Select(i => $"{3 + i} 0 R"))}] /Count {count} >>"),
        };
        for (var i = 0; i < count; i++)
        {
            objects.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        }
        return Write(objects);
    }

    private static byte[] Stream(string dictionary, byte[] data)
    {
        var head = Ascii($"<< {dictionary} /Length {data.Length} >>\nstream\n");
        return [.. head, .. data, .. Ascii("\nendstream")];
    }

    private static byte[] Write(List<byte[]> objects)
    {
        using var output = new MemoryStream();
        void Put(byte[] bytes) => output.Write(bytes);
        Put(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Put(Ascii($"{i + 1} 0 obj\n"));
            Put(objects[i]);
            Put(Ascii("\nendobj\n"));
        }
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Put(Ascii(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}

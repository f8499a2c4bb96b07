using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SopIngest.HostileFiles;

/// <summary>
/// Files built to crash, exhaust or hang a document reader, generated here (nothing hostile is kept in the
/// repository): each stands for a class of attack the readers must survive with one clear error for the file.
/// </summary>
public static class HostileSet
{
    /// <summary>Enough visible letters on a page for the PDF to count as a digital PDF (a text layer).</summary>
    public const string PageText = "BT /F1 12 Tf 72 720 Td (Nama SOP Pelayanan Surat Masuk dan Keluar Kantor Dinas) Tj ET\n";

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static readonly Lazy<IReadOnlyList<HostileFile>> Files = new(Build);

    /// <summary>Every in-memory hostile file, in a fixed order (made once per process: the bombs take a few seconds).</summary>
    public static IReadOnlyList<HostileFile> All() => Files.Value;

    private static IReadOnlyList<HostileFile> Build() =>
    [
        new("cyclic-references.pdf", "cyclic object references", CyclicReferences(), "MaxReferenceChain"),
        new("self-drawing-form.pdf", "form XObject that draws itself", SelfDrawingForm(), "MaxFormNesting"),
        new("form-cycle.pdf", "two form XObjects drawing each other", FormCycle(), "MaxFormNesting"),
        new("form-chain.pdf", "5,000 nested form XObjects", FormChain(5000), "MaxFormNesting"),
        new("deep-nesting.pdf", "arrays nested 100,000 deep", DeepNesting(100_000), "MaxObjectNesting"),
        new("flate-bomb.pdf", "content stream decompressing to 2 GiB", FlateBomb(2048), "MaxDecodeRatio"),
        new("image-flate-bomb.pdf", "scanned page whose image decompresses to 1 GiB", ImageFlateBomb(1024), "MaxDecode"),
        new("expansion-bomb.md", "Markdown link references expanding to 12 GiB", MarkdownExpansionBomb(), "MaxExpansion"),
        new("nested-lists.md", "Markdown lists nested 3,000 deep", MarkdownNestedLists(3000), "MaxMarkdownNesting"),
        new("nested-quotes.md", "Markdown quotes nested 100,000 deep", MarkdownNestedQuotes(100_000), "MaxMarkdownNesting"),
        new("deep-nesting.html", "HTML nested 100,000 deep", HtmlNesting(100_000), "MaxHtmlNesting"),
        new("pixel-bomb.png", "PNG header claiming 100,000 x 100,000 pixels", PngClaiming(100_000, 100_000), "MaxPixels"),
        new("long-strip.png", "PNG header claiming 1 x 50,000,000 pixels", PngClaiming(1, 50_000_000), "MaxImageSide"),
    ];

    /// <summary>A page whose /Resources is object 5, which is only a reference to 6, which refers back to 5.</summary>
    public static byte[] CyclicReferences()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 5 0 R /Contents 4 0 R >>");
        pdf.AddStream("", PageText);
        pdf.Add("6 0 R");
        pdf.Add("5 0 R");
        return pdf.ToArray();
    }

    /// <summary>A form XObject whose content draws itself (its resources name it).</summary>
    public static byte[] SelfDrawingForm()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", PageText + "/X1 Do\n");
        pdf.Add(Font);
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>",
            PageText + "q 1 0 0 1 1 1 cm /X1 Do Q\n");
        return pdf.ToArray();
    }

    /// <summary>Two forms drawing each other through one shared resources dictionary (PdfPig overflows its stack on it).</summary>
    public static byte[] FormCycle()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 7 0 R /Contents 4 0 R >>");
        pdf.AddStream("", PageText + "q /X1 Do Q\n");
        pdf.Add(Font);
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 7 0 R", PageText + "q 1 0 0 1 1 1 cm /X2 Do Q\n");
        pdf.Add("<< /Font << /F1 5 0 R >> /XObject << /X1 6 0 R /X2 8 0 R >> >>");
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 7 0 R", "0 0 m 10 10 l S q /X1 Do Q\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// <paramref name="depth"/> distinct forms, each drawing the next: no cycle, but PdfPig draws forms recursively and
    /// overflows its stack at a few thousand.
    /// </summary>
    public static byte[] FormChain(int depth)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", PageText + "/X Do\n");
        pdf.Add(Font);
        for (var i = 0; i < depth; i++)
        {
            var next = 7 + i;
            pdf.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X {next} 0 R >> >>"),
                i < depth - 1 ? "/X Do\n" : "0 0 m 1 1 l S\n");
        }
        return pdf.ToArray();
    }

    /// <summary>A catalog entry of arrays nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepNesting(int depth)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R /Nest " + new string('[', depth) + new string(']', depth) + " >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", PageText);
        pdf.Add(Font);
        return pdf.ToArray();
    }

    /// <summary>A page content stream of <paramref name="mebibytes"/> MiB of spaces, Flate-compressed twice (a few KB stored).</summary>
    public static byte[] FlateBomb(int mebibytes)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents [6 0 R 4 0 R] >>");
        pdf.AddStream("", PageText);
        pdf.Add(Font);
        pdf.AddStream("/Filter [/FlateDecode /FlateDecode]", Zlib(Zlib(Repeated((byte)' ', (long)mebibytes << 20))));
        return pdf.ToArray();
    }

    /// <summary>
    /// A scanned page (no text layer) whose one full-page image is a grey bitmap of <paramref name="mebibytes"/> MiB,
    /// Flate-compressed twice, while its dictionary claims a modest size.
    /// </summary>
    public static byte[] ImageFlateBomb(int mebibytes)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>");
        pdf.AddStream("", "q 842 0 0 595 0 0 cm /Im0 Do Q\n");
        pdf.AddStream("/Type /XObject /Subtype /Image /Width 2480 /Height 1754 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode]",
            Zlib(Zlib(Repeated(255, (long)mebibytes << 20))));
        return pdf.ToArray();
    }

    /// <summary>One link reference definition with a 64 KB URL, used 200,000 times: 1.4 MB that renders to 12 GiB of HTML.</summary>
    public static byte[] MarkdownExpansionBomb(int uses = 200_000)
    {
        var text = new StringBuilder();
        text.Append("# SOP Pelayanan\n\n[r]: http://x/").Append('a', 65536).Append("\n\n");
        for (var i = 0; i < uses; i++)
        {
            text.Append("[a][r] ");
        }
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    /// <summary>A list whose every item holds the next, <paramref name="depth"/> levels deep.</summary>
    public static byte[] MarkdownNestedLists(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', 2 * i).Append("- langkah\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] MarkdownNestedQuotes(int depth) => Encoding.UTF8.GetBytes(new string('>', depth) + " Nama SOP\n");

    public static byte[] HtmlNesting(int depth) =>
        Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "SOP" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

    /// <summary>A valid 1 x 1 PNG whose header claims <paramref name="width"/> x <paramref name="height"/> pixels.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        byte[] png =
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0,
            0x3A, 0x7E, 0x9B, 0x55, 0, 0, 0, 10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x01, 0x01, 0x01, 0x00,
            0x1B, 0xB6, 0xEE, 0x56, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
        ];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    /// <summary>
    /// Writes every hostile file into <paramref name="folder"/>, and beside them what cannot be sent as bytes: a named
    /// pipe called <c>fifo.md</c> (nobody ever writes to it) and, in <c>inbox/</c>, a link <c>escape.md</c> to a file
    /// outside that folder. Returns the paths, in order.
    /// </summary>
    public static IReadOnlyList<string> WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var file in All())
        {
            var path = Path.Combine(folder, file.Name);
            File.WriteAllBytes(path, file.Content);
            paths.Add(path);
        }
        paths.Add(MakeFifo(Path.Combine(folder, "fifo.md")));
        return paths;
    }

    /// <summary>A named pipe at <paramref name="path"/> (mkfifo); nothing ever writes to it, so a reader that opens it waits forever.</summary>
    public static string MakeFifo(string path)
    {
        File.Delete(path);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo did not start.");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed ({mkfifo.ExitCode}).");
        }
        return path;
    }

    /// <summary>A symbolic link at <paramref name="link"/> to <paramref name="target"/> (a file outside the inbox, in the tests).</summary>
    public static string MakeLink(string link, string target)
    {
        File.Delete(link);
        File.CreateSymbolicLink(link, target);
        return link;
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>Compressed in pieces, so a 2 GiB bomb never exists in memory at once.</summary>
    private static byte[] Zlib(IEnumerable<ReadOnlyMemory<byte>> pieces)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            foreach (var piece in pieces)
            {
                zlib.Write(piece.Span);
            }
        }
        return output.ToArray();
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Repeated(byte value, long total)
    {
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, value);
        for (long done = 0; done < total; done += chunk.Length)
        {
            yield return chunk.AsMemory(0, (int)Math.Min(chunk.Length, total - done));
        }
    }
}

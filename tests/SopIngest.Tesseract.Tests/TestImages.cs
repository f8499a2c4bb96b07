using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace SopIngest.Tesseract.Tests;

/// <summary>The images the tests read, and small builders for synthetic ones.</summary>
internal static class TestImages
{
    /// <summary>The four lines of <c>Images/sop-lines.ps</c>, top to bottom.</summary>
    public static readonly string[] SopLines =
    [
        "STANDAR OPERASIONAL PROSEDUR",
        "Pemohon menyerahkan berkas permohonan",
        "Petugas memeriksa kelengkapan berkas",
        "Camat menandatangani surat keterangan",
    ];

    public const int SopLinesDpi = 300;

    public static string SopLinesPngPath => Path.Combine(AppContext.BaseDirectory, "Images", "sop-lines.png");

    public static byte[] SopLinesPng() => File.ReadAllBytes(SopLinesPngPath);

    /// <summary>The raw 8-bit grey pixels of the same render, read from the gzipped binary PGM.</summary>
    public static (byte[] Pixels, int Width, int Height) SopLinesPixels()
    {
        using var gz = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Images", "sop-lines.pgm.gz")),
            CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return ParsePgm(buffer.ToArray());
    }

    /// <summary>A grey image of one <paramref name="value"/> everywhere.</summary>
    public static OcrImage Uniform(int width, int height, byte value = 255)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, value);
        return OcrImage.FromPixels(pixels, width, height, 1, width, SopLinesDpi);
    }

    /// <summary>A file of the corpus (fixtures/corpus), found from the test binaries up to the repository root.</summary>
    public static string CorpusFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "corpus", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"fixtures/corpus/{name} not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Binary PGM (P5, maxval 255): header tokens separated by white space, # comments, then pixels.</summary>
    private static (byte[] Pixels, int Width, int Height) ParsePgm(byte[] data)
    {
        var position = 0;
        string Token()
        {
            var token = new StringBuilder();
            while (true)
            {
                var c = (char)data[position++];
                if (c == '#')
                {
                    while (data[position++] != '\n') { }
                    continue;
                }
                if (char.IsWhiteSpace(c))
                {
                    if (token.Length > 0)
                    {
                        return token.ToString();
                    }
                    continue;
                }
                token.Append(c);
            }
        }
        if (Token() != "P5")
        {
            throw new InvalidDataException("Not a binary PGM.");
        }
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (Token() != "255")
        {
            throw new InvalidDataException("Only 8-bit PGM is used here.");
        }
        return (data[position..(position + width * height)], width, height);
    }
}

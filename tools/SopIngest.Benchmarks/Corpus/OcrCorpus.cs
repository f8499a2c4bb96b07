using System.Globalization;
using System.Text.Json;
using UglyToad.PdfPig;

namespace SopIngest.Benchmarks.Corpus;

/// <summary>
/// Loads the documents of <c>fixtures/corpus</c> whose manifest family is <c>ocr</c>: scanned PDFs (one JPEG per
/// page, passed through as the scanner wrote it), phone photos and 1-bit PNGs.
/// </summary>
internal static class OcrCorpus
{
    private const double PointsPerInch = 72;

    public static IReadOnlyList<OcrDocument> Load(string folder)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No manifest.json in '{folder}': pass --corpus with the corpus folder.", manifestPath);
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var documents = new List<OcrDocument>();
        foreach (var entry in manifest.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Value.GetProperty("family").GetString() != "ocr")
            {
                continue;
            }
            var file = Path.Combine(folder, entry.Value.GetProperty("file").GetString()!);
            var format = entry.Value.GetProperty("format").GetString()!;
            var pages = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? PdfPages(file) : [new PageImage(1, File.ReadAllBytes(file), null)];
            var expected = ExpectedWords.From(Path.Combine(folder, entry.Name + ".expected.json"));
            documents.Add(new OcrDocument(entry.Name, format, pages, expected));
        }
        return documents;
    }

    private static List<PageImage> PdfPages(string file)
    {
        using var pdf = PdfDocument.Open(file);
        var pages = new List<PageImage>();
        foreach (var page in pdf.GetPages())
        {
            // A scanned page is one full-page JPEG; its resolution follows from the size it is drawn at.
            var image = page.GetImages().OrderByDescending(i => i.WidthInSamples * i.HeightInSamples).FirstOrDefault()
                ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{file} page {page.Number} has no image."));
            var dpi = (int)Math.Round(image.WidthInSamples / (image.BoundingBox.Width / PointsPerInch));
            var bytes = image.TryGetPng(out var png) ? png : image.RawBytes.ToArray();
            pages.Add(new PageImage(page.Number, bytes, dpi));
        }
        return pages;
    }
}

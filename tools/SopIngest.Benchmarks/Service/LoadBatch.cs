using System.Globalization;
using System.Text.Json;
using UglyToad.PdfPig;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// A batch of byte-different copies of corpus documents written to a folder, so the CLI reads exactly the files the
/// service is sent. Exports cycle through the Markdown/HTML/text families; scans through the OCR family (scanned
/// PDFs, photos, 1-bit PNG) until the page count is reached.
/// </summary>
internal sealed record LoadBatch(string Label, string Description, string Folder, IReadOnlyList<BatchFile> Files)
{
    public int Pages => Files.Sum(f => f.Pages);

    public static LoadBatch Exports(string corpus, string folder, int count)
    {
        var sources = Family(corpus, "markdown", "html", "text");
        var files = Enumerable.Range(0, count)
            .Select(i => Write(corpus, folder, sources[i % sources.Count], copy: i / sources.Count, pages: 1))
            .ToList();
        return new LoadBatch(string.Create(CultureInfo.InvariantCulture, $"{count} exports"),
            "Markdown/HTML/text copies of the corpus", folder, files);
    }

    public static LoadBatch Scans(string corpus, string folder, int pages)
    {
        var sources = Family(corpus, "ocr").Select(f => (File: f, Pages: PageCount(Path.Combine(corpus, f)))).ToList();
        var files = new List<BatchFile>();
        var remaining = pages;
        for (var copy = 0; remaining > 0; copy++)
        {
            var added = false;
            foreach (var (file, filePages) in sources)
            {
                if (filePages > remaining)
                {
                    continue;
                }
                files.Add(Write(corpus, folder, file, copy, filePages));
                remaining -= filePages;
                added = true;
            }
            if (!added)
            {
                break; // no document is small enough for what is left
            }
        }
        return new LoadBatch(string.Create(CultureInfo.InvariantCulture, $"{pages - remaining} scanned pages"),
            string.Create(CultureInfo.InvariantCulture, $"{files.Count} documents: scanned PDFs, photos, 1-bit PNG"), folder, files);
    }

    private static BatchFile Write(string corpus, string folder, string file, int copy, int pages)
    {
        Directory.CreateDirectory(folder);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileNameWithoutExtension(file)}-c{copy:00}{Path.GetExtension(file)}");
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, DocumentVariant.Make(file, File.ReadAllBytes(Path.Combine(corpus, file)), copy));
        return new BatchFile(path, pages);
    }

    private static int PageCount(string file)
    {
        if (!file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        using var pdf = PdfDocument.Open(file);
        return pdf.NumberOfPages;
    }

    private static List<string> Family(string corpus, params string[] families)
    {
        var manifestPath = Path.Combine(corpus, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No manifest.json in '{corpus}': pass --corpus with the corpus folder.", manifestPath);
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        var files = manifest.RootElement.EnumerateObject()
            .Where(e => families.Contains(e.Value.GetProperty("family").GetString(), StringComparer.Ordinal))
            .Select(e => e.Value.GetProperty("file").GetString()!)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files
            : throw new InvalidDataException($"{manifestPath} lists no document of family {string.Join('/', families)}.");
    }
}

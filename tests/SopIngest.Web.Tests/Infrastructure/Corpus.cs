using System.Text;
using System.Text.Json;

namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>The bundled fixtures by family (manifest.json), and byte-different variants for batches.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<(string File, string Family)>> Manifest = new(Load);

    public static IReadOnlyList<string> Exports => Family("markdown", "html", "text");

    public static IReadOnlyList<string> DigitalPdfs => Family("pdf-text");

    /// <summary>Scanned PDFs and photos (OCR).</summary>
    public static IReadOnlyList<string> Scans => Family("ocr");

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, file));

    /// <summary>
    /// The file with <paramref name="variant"/> + 1 line breaks appended: a different SHA-256 (so a new document),
    /// the same SOP. Readers ignore trailing white space, and PDF readers ignore bytes after %%EOF.
    /// </summary>
    public static (string Name, byte[] Content) Variant(string file, int variant)
    {
        var bytes = Read(file).Concat(Encoding.ASCII.GetBytes(new string('\n', variant + 1))).ToArray();
        var name = variant == 0 ? file : $"{Path.GetFileNameWithoutExtension(file)}-v{variant}{Path.GetExtension(file)}";
        return (name, bytes);
    }

    /// <summary>A batch of <paramref name="count"/> distinct export documents (cycling through the exports).</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> ExportBatch(int count, int firstVariant = 0) =>
        Enumerable.Range(0, count).Select(i => Variant(Exports[i % Exports.Count], firstVariant + (i / Exports.Count))).ToList();

    private static List<string> Family(params string[] families) =>
        Manifest.Value.Where(m => families.Contains(m.Family, StringComparer.Ordinal)).Select(m => m.File).ToList();

    private static List<(string File, string Family)> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, "manifest.json")));
        return document.RootElement.EnumerateObject()
            .Select(p => (p.Value.GetProperty("file").GetString()!, p.Value.GetProperty("family").GetString()!))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
    }
}

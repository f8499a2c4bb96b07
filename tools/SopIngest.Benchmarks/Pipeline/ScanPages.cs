using System.Diagnostics;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>One page image on disk, as both sides of the comparison read it.</summary>
internal sealed record ScanPage(string Name, string Path, byte[] Bytes);

/// <summary>
/// The scanned pages of the dev corpus as image files in a temporary folder: each page's embedded JPEG of the
/// scanned PDFs (<c>pdfimages -j</c>, poppler-utils: the scanner's bytes, unchanged) and the image fixtures.
/// </summary>
internal sealed class ScanPages : IDisposable
{
    private static readonly string[] ScannedPdfs = ["sop-dev-025.pdf", "sop-dev-026.pdf", "sop-dev-027.pdf", "sop-dev-028.pdf"];
    private static readonly string[] Images = ["sop-dev-029.jpg", "sop-dev-030.jpg", "sop-dev-031.png"];

    private ScanPages(string folder, IReadOnlyList<ScanPage> pages, IReadOnlyList<string> pdfs)
    {
        Folder = folder;
        Pages = pages;
        Pdfs = pdfs;
    }

    public string Folder { get; }

    public IReadOnlyList<ScanPage> Pages { get; }

    /// <summary>The scanned PDFs themselves, for the whole-document runs.</summary>
    public IReadOnlyList<string> Pdfs { get; }

    public static ScanPages Extract(string corpus)
    {
        var folder = Directory.CreateTempSubdirectory("sopingest-pipeline-bench-").FullName;
        var pages = new List<ScanPage>();
        foreach (var pdf in ScannedPdfs)
        {
            var stem = System.IO.Path.GetFileNameWithoutExtension(pdf);
            Run("pdfimages", ["-j", System.IO.Path.Combine(corpus, pdf), System.IO.Path.Combine(folder, stem)]);
            var files = Directory.GetFiles(folder, stem + "-*.jpg").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new InvalidDataException($"pdfimages wrote no JPEG for {pdf}: is it still a DCTDecode scan?");
            }
            pages.AddRange(files.Select((f, i) => new ScanPage($"{stem} p{i + 1}", f, File.ReadAllBytes(f))));
        }
        foreach (var image in Images)
        {
            var target = System.IO.Path.Combine(folder, image);
            File.Copy(System.IO.Path.Combine(corpus, image), target);
            pages.Add(new ScanPage(System.IO.Path.GetFileNameWithoutExtension(image), target, File.ReadAllBytes(target)));
        }
        return new ScanPages(folder, pages, ScannedPdfs.Select(p => System.IO.Path.Combine(corpus, p)).ToList());
    }

    private static void Run(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: apt-get install poppler-utils.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

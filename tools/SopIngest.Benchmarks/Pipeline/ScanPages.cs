using System.Diagnostics;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>One page image on disk, as both sides of the comparison read it.</summary>
internal sealed record ScanPage(string Name, string Path, byte[] Bytes);

/// <summary>
/// Scanned pages as image files in a temporary folder. The dev corpus (<see cref="Extract"/>): each page's embedded JPEG
/// of the scanned PDFs (<c>pdfimages -j</c>, poppler-utils: the scanner's bytes, unchanged) and the image fixtures. The
/// real scans (<see cref="ExtractReal"/>): each page as a viewer shows it, turned and with what is drawn over the scan,
/// rendered at the resolution of its scanned image (<c>pdftoppm -r</c> at the image's own pixels per inch), so both
/// sides read the page's own pixels.
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

    /// <summary>The pages of every PDF in <paramref name="realFolder"/> at their own resolution (see the class notes).</summary>
    public static ScanPages ExtractReal(string realFolder)
    {
        var folder = Directory.CreateTempSubdirectory("sopingest-pipeline-real-").FullName;
        var pages = new List<ScanPage>();
        var pdfs = Directory.GetFiles(realFolder, "*.pdf").Order(StringComparer.Ordinal).ToList();
        foreach (var pdf in pdfs)
        {
            var stem = System.IO.Path.GetFileNameWithoutExtension(pdf);
            foreach (var (page, ppi) in ImageResolutions(pdf))
            {
                var prefix = System.IO.Path.Combine(folder, $"{stem}-p{page}");
                Run("pdftoppm", ["-r", ppi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", pdf, prefix]);
                pages.Add(new ScanPage($"{stem} p{page}", prefix + ".png", File.ReadAllBytes(prefix + ".png")));
            }
        }
        return new ScanPages(folder, pages, pdfs);
    }

    /// <summary>Per page, the pixels per inch of its largest image (<c>pdfimages -list</c>).</summary>
    private static IEnumerable<(int Page, int Ppi)> ImageResolutions(string pdf)
    {
        var listing = Run("pdfimages", ["-list", pdf]);
        return listing.Split('\n').Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 14 && f[2] == "image")
            .Select(f => (Page: int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture),
                Pixels: long.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture) * long.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture),
                Ppi: int.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(i => i.Page)
            .Select(g => (g.Key, g.MaxBy(i => i.Pixels).Ppi))
            .OrderBy(p => p.Key);
    }

    private static string Run(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: apt-get install poppler-utils.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.GetAwaiter().GetResult()}");
        }
        return output;
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

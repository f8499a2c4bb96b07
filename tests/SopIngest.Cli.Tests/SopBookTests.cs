using System.Diagnostics;
using System.Text.Json;

namespace SopIngest.Cli.Tests;

/// <summary>
/// Files that hold several SOPs (an SOP book) or none (a report): NAME-1.json, NAME-2.json, ... with each SOP's page range,
/// and one error line for a file that is not an SOP, the other inputs still written.
/// </summary>
public sealed class SopBookTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("sopingest-book-");

    public void Dispose() => _work.Delete(recursive: true);

    private string OutDir => Path.Combine(_work.FullName, "out");

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Two digital SOPs of the corpus (three pages each) bound into one PDF with poppler's pdfunite.</summary>
    private string Book()
    {
        var book = Path.Combine(_work.FullName, "buku-sop.pdf");
        var start = new ProcessStartInfo("pdfunite") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(CliPaths.Corpus, "sop-dev-021.pdf"), Path.Combine(CliPaths.Corpus, "sop-dev-023.pdf"), book })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return book;
    }

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    [Fact]
    public async Task An_sop_book_gives_one_json_per_sop_with_its_page_range_and_the_same_sops_as_alone()
    {
        var (code, output, error) = await RunAsync("extract", Book(), Path.Combine(CliPaths.Corpus, "sop-dev-021.pdf"),
            Path.Combine(CliPaths.Corpus, "sop-dev-023.pdf"), "--out", OutDir);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var first = Read(Path.Combine(OutDir, "buku-sop-1.json"));
        var second = Read(Path.Combine(OutDir, "buku-sop-2.json"));
        Assert.False(File.Exists(Path.Combine(OutDir, "buku-sop.json")));
        Assert.Equal([1, 3], first.GetProperty("source").GetProperty("pageRange").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([4, 6], second.GetProperty("source").GetProperty("pageRange").EnumerateArray().Select(e => e.GetInt32()));
        foreach (var (part, alone) in new[] { (first, "sop-dev-021.json"), (second, "sop-dev-023.json") })
        {
            var single = Read(Path.Combine(OutDir, alone));
            Assert.False(single.GetProperty("source").TryGetProperty("pageRange", out _));
            Assert.Equal(single.GetProperty("title").GetString(), part.GetProperty("title").GetString());
            Assert.Equal(single.GetProperty("steps").GetArrayLength(), part.GetProperty("steps").GetArrayLength());
            Assert.Equal(single.GetProperty("number").GetString(), part.GetProperty("number").GetString());
        }
        Assert.Contains("3 of 3 files extracted", output, StringComparison.Ordinal);
        Assert.Contains("4 SOPs", output, StringComparison.Ordinal);
        Assert.Contains("buku-sop.pdf p4-6", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_sop_gets_one_error_line_and_no_json_and_the_others_are_written()
    {
        var report = Path.Combine(CliPaths.Real, "notsop-laporan-realisasi-anggaran.pdf");

        var (code, output, error) = await RunAsync("extract", report, Path.Combine(CliPaths.Corpus, "sop-dev-001.md"), "--out", OutDir);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: notsop-laporan-realisasi-anggaran.pdf: not an SOP AP document", line, StringComparison.Ordinal);
        Assert.Contains("no procedure table", line, StringComparison.Ordinal);
        Assert.Equal(["sop-dev-001.json"], Directory.GetFiles(OutDir).Select(Path.GetFileName));
        Assert.Contains("1 of 2 files extracted", output, StringComparison.Ordinal);
    }
}

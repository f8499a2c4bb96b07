using System.Text.Json;
using SopIngest.Engine;
using SopIngest.HostileFiles;
using SopIngest.Isolation;
using SopIngest.Pdf;

namespace SopIngest.Cli.Tests;

/// <summary>
/// Batches with hostile files among good ones: whatever a file does to its reader, the other files get their JSON,
/// the bad file gets one error line (no stack trace), and the exit code is 1.
/// </summary>
public sealed class HostileBatchTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("sopingest-cli-hostile-");

    public void Dispose() => _work.Delete(recursive: true);

    private string OutDir => Path.Combine(_work.FullName, "out");

    private static async Task<(int Code, string Out, string Err)> RunAsync(IsolatedExtractor extractor, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, extractor);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Corpus(string name)
    {
        var target = Path.Combine(_work.FullName, name);
        File.Copy(Path.Combine(CliPaths.Corpus, name), target);
        return target;
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task A_file_that_crashes_its_reader_between_good_ones_costs_that_file_only()
    {
        // The form-nesting limit raised, so the 5,000 nested forms get to PdfPig and overflow the reader's stack.
        await using var extractor = new IsolatedExtractor(engine: new EngineOptions
        {
            Pdf = new PdfReaderOptions { Limits = new PdfLimits { MaxFormNesting = 1_000_000 } },
        });
        string[] files = [Corpus("sop-dev-001.md"), Corpus("sop-dev-021.pdf"), Write("rantai.pdf", HostileSet.FormChain(5000)),
            Corpus("sop-dev-015.html"), Corpus("sop-dev-017.txt")];

        var (code, output, error) = await RunAsync(extractor, ["extract", .. files, "--out", OutDir]);

        Assert.Equal(1, code);
        var line = Assert.Single(Lines(error));
        Assert.Equal("error: rantai.pdf: the PDF reader crashed on this file 2 times (a stack overflow); it is not tried again. " +
            "The file is damaged or built to crash readers: export or scan it again, or send it to the SopIngest maintainers.", line);
        Assert.Equal(["sop-dev-001.json", "sop-dev-015.json", "sop-dev-017.json", "sop-dev-021.json"],
            Directory.GetFiles(OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "sop-dev-001", "sop-dev-015", "sop-dev-017", "sop-dev-021" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutDir, name + ".json")));
            Assert.NotEqual(0, json.RootElement.GetProperty("steps").GetArrayLength());
        }
        Assert.Contains("4 of 5 extracted", output, StringComparison.Ordinal);
        Assert.Equal(2, extractor.Crashes);
    }

    [Fact]
    public async Task A_named_pipe_among_the_files_is_refused_at_once()
    {
        await using var extractor = new IsolatedExtractor();
        var fifo = HostileSet.MakeFifo(Path.Combine(_work.FullName, "x.md"));
        string[] files = [Corpus("sop-dev-001.md"), fifo, Corpus("sop-dev-018.txt")];

        var (code, _, error) = await RunAsync(extractor, ["extract", .. files, "--out", OutDir]);

        Assert.Equal(1, code);
        Assert.Equal($"error: {fifo}: a named pipe (FIFO), not a regular file; only regular files are read (a pipe can keep a reader waiting forever).",
            Assert.Single(Lines(error)));
        Assert.Equal(2, Directory.GetFiles(OutDir, "*.json").Length);
    }

    [Fact]
    public async Task The_hostile_set_gives_one_error_line_per_file_each_naming_its_limit_and_the_good_file_its_json()
    {
        await using var extractor = new IsolatedExtractor();
        var hostile = HostileSet.WriteTo(Path.Combine(_work.FullName, "hostile"));
        string[] files = [.. hostile, Corpus("sop-dev-020.txt")];

        var (code, output, error) = await RunAsync(extractor, ["extract", .. files, "--out", OutDir]);

        Assert.Equal(1, code);
        var lines = Lines(error);
        Assert.Equal(hostile.Count, lines.Length);
        foreach (var file in HostileSet.All())
        {
            var line = Assert.Single(lines, l => l.StartsWith($"error: {file.Name}: ", StringComparison.Ordinal));
            Assert.Contains(file.Expected, line, StringComparison.Ordinal);
        }
        Assert.Single(lines, l => l.Contains("fifo.md: a named pipe", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.Equal(["sop-dev-020.json"], Directory.GetFiles(OutDir).Select(Path.GetFileName));
        Assert.Contains($"1 of {files.Length} extracted", output, StringComparison.Ordinal);
        Assert.Equal(0, extractor.Crashes);
        Assert.Equal(1, extractor.ProcessesStarted);
    }
}

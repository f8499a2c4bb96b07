using System.Text;
using System.Text.Json;

namespace SopIngest.Cli.Tests;

/// <summary>
/// The <c>sopingest</c> contract other tools rely on: exit 0 when every input was read, 1 when some failed
/// (one <c>error: ...</c> line each, the others still written), 2 for a usage error.
/// </summary>
public sealed class CliAppTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("sopingest-cli-");

    public void Dispose() => _work.Delete(recursive: true);

    private string OutDir => Path.Combine(_work.FullName, "out");

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Fixture(string name)
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

    /// <summary>Bad inputs by kind: the file to pass and the words its one error line must hold.</summary>
    private string BadFile(string kind) => kind switch
    {
        "empty" => Write("kosong.md", []),
        "binary" => Write("rusak.md", [0x01, 0x00, 0xFF, 0x10, 0x00, 0x02, 0x03, 0x00]),
        "unsupported" => Write("sop.xyz", "Nama SOP : Pelayanan"u8.ToArray()),
        "missing" => Path.Combine(_work.FullName, "hilang.md"),
        "too-large" => Write("besar.md", Encoding.UTF8.GetBytes(new string('x', 50 * 1024 * 1024))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Fact]
    public async Task No_arguments_exit_2_with_the_usage()
    {
        var (code, output, _) = await RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("usage:", output, StringComparison.Ordinal);
        Assert.Contains("sopingest extract FILE...", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("extract", "--out")]
    [InlineData("extract", "a.md", "b.md")]
    [InlineData("layout")]
    public async Task Usage_errors_exit_2_and_say_what_is_wrong(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("sopingest: ", error, StringComparison.Ordinal);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty", "empty")]
    [InlineData("binary", "not a text file")]
    [InlineData("unsupported", "unsupported file type")]
    [InlineData("missing", "no such file")]
    [InlineData("too-large", "too large")]
    public async Task One_bad_file_among_good_ones_exits_1_with_one_error_line_and_the_others_written(string kind, string words)
    {
        var bad = BadFile(kind);
        string[] files = [Fixture("sop-dev-001.md"), bad, Fixture("sop-dev-015.html")];

        var (code, output, error) = await RunAsync(["extract", .. files, "--out", OutDir]);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(bad), line, StringComparison.Ordinal);
        Assert.Contains(words, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.Equal(["sop-dev-001.json", "sop-dev-015.json"],
            Directory.GetFiles(OutDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        AssertExtracted(Path.Combine(OutDir, "sop-dev-001.json"), "sop-dev-001.md");
        AssertExtracted(Path.Combine(OutDir, "sop-dev-015.json"), "sop-dev-015.html");
        Assert.Contains("2 of 3 extracted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_first_does_not_stop_the_files_after_it()
    {
        string[] files = [BadFile("binary"), Fixture("sop-dev-017.txt")];

        var (code, _, error) = await RunAsync(["extract", .. files, "--out", OutDir]);

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        AssertExtracted(Path.Combine(OutDir, "sop-dev-017.json"), "sop-dev-017.txt");
    }

    [Fact]
    public async Task Every_good_file_exits_0_and_reports_the_count()
    {
        string[] files = [Fixture("sop-dev-009.md"), Fixture("sop-dev-013.html"), Fixture("sop-dev-020.txt")];

        var (code, output, error) = await RunAsync(["extract", .. files, "--out", OutDir]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("3 of 3 extracted", output, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(OutDir, "*.json").Length);
    }

    [Fact]
    public async Task One_file_without_out_prints_its_json()
    {
        var (code, output, error) = await RunAsync("extract", Fixture("sop-dev-017.txt"));

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("sop-dev-017.txt", json.RootElement.GetProperty("source").GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_bad_single_file_without_out_exits_1_and_prints_nothing_on_stdout()
    {
        var (code, output, error) = await RunAsync("extract", BadFile("empty"));

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    private static void AssertExtracted(string jsonPath, string sourceName)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        Assert.Equal(sourceName, json.RootElement.GetProperty("source").GetProperty("fileName").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        Assert.NotEqual(0, json.RootElement.GetProperty("steps").GetArrayLength());
    }
}

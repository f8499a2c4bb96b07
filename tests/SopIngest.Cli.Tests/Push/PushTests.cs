using System.Text.Json;
using SopIngest.Cli.Push;

namespace SopIngest.Cli.Tests.Push;

/// <summary>
/// <c>sopingest push</c> against a running service: uploads with the token from SOPINGEST_TOKEN, waits for the results and
/// saves their JSON, and keeps the CLI's contract (one error line per failure, exit 0/1/2).
/// </summary>
public sealed class PushTests(PushService service) : IClassFixture<PushService>, IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("sopingest-push-files-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Push_uploads_waits_for_the_results_and_writes_their_json()
    {
        var (_, token) = await service.TokenAsync("rina");
        var one = Copy("sop-dev-001.md", "unggah-satu");
        var two = Copy("sop-dev-015.html", "unggah-dua");
        var outDir = Path.Combine(_work.FullName, "hasil");

        var (code, output, error) = await PushAsync(token, one, two, "--server", service.Server.ToString(), "--wait", "--out", outDir);

        Assert.True(code == 0, error);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith(Path.GetFileName(one) + " -> ", StringComparison.Ordinal) && l.EndsWith("queued", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Path.GetFileName(two) + ": needs-review", StringComparison.Ordinal) ||
                                    l.StartsWith(Path.GetFileName(two) + ": ready", StringComparison.Ordinal));
        Assert.Contains("2 of 2 uploaded and extracted", output, StringComparison.Ordinal);
        foreach (var file in new[] { one, two })
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json")));
            Assert.Equal(Path.GetFileName(file), json.RootElement.GetProperty("source").GetProperty("fileName").GetString());
            Assert.NotEqual(0, json.RootElement.GetProperty("steps").GetArrayLength());
        }

        // the same file again is the same document, said so
        var (again, againOutput, _) = await PushAsync(token, one, "--server", service.Server.ToString());
        Assert.Equal(0, again);
        Assert.Contains("already uploaded", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_costs_one_error_line_and_the_others_still_go()
    {
        var (_, token) = await service.TokenAsync("rina");
        var empty = Path.Combine(_work.FullName, "kosong.md");
        await File.WriteAllBytesAsync(empty, []);
        var good = Copy("sop-dev-017.txt", "tetap-terkirim");
        var missing = Path.Combine(_work.FullName, "hilang.pdf");

        var (code, output, error) = await PushAsync(token, empty, good, missing, "--server", service.Server.ToString());

        Assert.Equal(1, code);
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.StartsWith("error: ", e, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("kosong.md", StringComparison.Ordinal) && e.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("hilang.pdf: no such file", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(good) + " -> ", output, StringComparison.Ordinal);
        Assert.Contains("1 of 3 uploaded", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_or_a_role_that_may_not_upload_stops_the_push_with_one_error_line()
    {
        var (id, revoked) = await service.TokenAsync("rina");
        await service.RevokeAsync(id);
        var (_, publisher) = await service.TokenAsync("pandu");
        var file = Copy("sop-dev-001.md", "ditolak");

        var (code, _, error) = await PushAsync(revoked, file, "--server", service.Server.ToString());
        var (roleCode, _, roleError) = await PushAsync(publisher, file, "--server", service.Server.ToString());

        Assert.Equal(1, code);
        Assert.StartsWith("error: the service refused the token (401)", error, StringComparison.Ordinal);
        Assert.Contains("SOPINGEST_TOKEN", error, StringComparison.Ordinal);
        Assert.Equal(1, roleCode);
        Assert.StartsWith("error: the token's user may not do this (403)", roleError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "SOPINGEST_TOKEN")]
    [InlineData("sopi_x", "--server")]
    public async Task Without_a_token_or_a_server_push_is_a_usage_error(string? token, string words)
    {
        var file = Copy("sop-dev-001.md", "tanpa");
        string[] args = words == "--server" ? ["push", file] : ["push", file, "--server", service.Server.ToString()];

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, name => name == PushCommand.TokenVariable ? token : null);

        Assert.Equal(2, code);
        Assert.Contains(words, stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_error_line()
    {
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var closed = ((System.Net.IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();

        var (code, _, error) = await PushAsync("sopi_x", Copy("sop-dev-001.md", "jauh"), "--server", $"http://127.0.0.1:{closed}");

        Assert.Equal(1, code);
        Assert.StartsWith("error: cannot reach", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_reports_its_progress_up_to_the_whole_file()
    {
        var (_, token) = await service.TokenAsync("rina");
        var path = Path.Combine(_work.FullName, "besar.txt");
        // a text SOP padded to a few hundred kilobytes, so the upload takes several chunks
        await File.WriteAllTextAsync(path, await File.ReadAllTextAsync(Path.Combine(Fixtures(), "sop-dev-017.txt")) + new string(' ', 400_000));
        var reports = new List<long>();
        using var client = new ServiceClient(new HttpClient { BaseAddress = service.Server }, token);

        var answer = await client.UploadAsync(path, new SyncProgress(reports.Add), default);

        Assert.True(answer.IsSuccess, answer.Problem);
        Assert.True(reports.Count > 3, $"{reports.Count} progress reports");
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(new FileInfo(path).Length, reports[^1]);
    }

    private async Task<(int Code, string Out, string Err)> PushAsync(string token, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["push", .. args], stdout, stderr, name => name == PushCommand.TokenVariable ? token : null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Copy(string fixture, string tag)
    {
        // a tag line makes the bytes (and so the document) this test's own
        var target = Path.Combine(_work.FullName, $"{Path.GetFileNameWithoutExtension(fixture)}-{tag}{Path.GetExtension(fixture)}");
        File.WriteAllText(target, File.ReadAllText(Path.Combine(Fixtures(), fixture)) + $"\n\n{new string('\n', tag.Length)}");
        return target;
    }

    private static string Fixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("fixtures/corpus not found above the test assembly.");
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

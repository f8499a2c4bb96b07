using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Spectre.Console;

namespace SopIngest.Cli.Push;

/// <summary>
/// <c>sopingest push FILE... --server URL [--wait] [--out DIR] [--timeout SECONDS]</c>: uploads files to a SopIngest
/// service with the API token in <c>SOPINGEST_TOKEN</c>, one request per file (a progress bar each on a terminal), and with
/// <c>--wait</c> follows each document until it is extracted, printing its status and flags (<c>--out</c>: its JSON too).
/// Same contract as <c>extract</c>: one <c>error:</c> line per failure, exit 0 when everything went through, 1 otherwise,
/// 2 for a usage error.
/// </summary>
internal static class PushCommand
{
    public const string TokenVariable = "SOPINGEST_TOKEN";

    public const string Usage = "sopingest push FILE... --server URL [--wait] [--out DIR] [--timeout SECONDS]";

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment,
        Func<string, Task<int>> usageError)
    {
        var options = Parse(args, out var problem);
        if (options is null)
        {
            return await usageError(problem!).ConfigureAwait(false);
        }
        var token = environment(TokenVariable);
        if (string.IsNullOrWhiteSpace(token))
        {
            return await usageError($"push needs an API token in {TokenVariable} (an admin makes one at {Combine(options.Server, "/admin/token")})")
                .ConfigureAwait(false);
        }
        if (options.OutDir is not null)
        {
            Directory.CreateDirectory(options.OutDir);
        }
        using var client = new ServiceClient(new HttpClient { BaseAddress = options.Server, Timeout = Timeout.InfiniteTimeSpan }, token.Trim());
        var uploads = new List<(string File, Guid Id)>();
        var failures = 0;
        try
        {
            failures += await UploadAllAsync(client, options.Files, uploads, stdout, stderr).ConfigureAwait(false);
            if (options.Wait)
            {
                failures += await WaitAllAsync(client, uploads, options, stdout, stderr).ConfigureAwait(false);
            }
        }
        catch (StopException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        var verb = options.Wait ? "uploaded and extracted" : "uploaded";
        await stdout.WriteLineAsync($"{options.Files.Count - failures} of {options.Files.Count} {verb} ({options.Server})").ConfigureAwait(false);
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> UploadAllAsync(ServiceClient client, IReadOnlyList<string> files, List<(string File, Guid Id)> uploads,
        TextWriter stdout, TextWriter stderr)
    {
        var failures = 0;
        async Task One(string file, IProgress<long>? progress)
        {
            var outcome = await UploadOneAsync(client, file, progress).ConfigureAwait(false);
            if (outcome.Error is not null)
            {
                failures++;
                await stderr.WriteLineAsync($"error: {outcome.Error}").ConfigureAwait(false);
                return;
            }
            uploads.Add((file, outcome.Id));
            await stdout.WriteLineAsync($"{Path.GetFileName(file)} -> {outcome.Id} {outcome.Note}").ConfigureAwait(false);
        }

        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
            {
                foreach (var file in files)
                {
                    var task = ctx.AddTask(Path.GetFileName(file).EscapeMarkup(), maxValue: Math.Max(1, SizeOf(file)));
                    await One(file, new Progress<long>(sent => task.Value = sent)).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);
        }
        else
        {
            foreach (var file in files)
            {
                await One(file, null).ConfigureAwait(false);
            }
        }
        return failures;
    }

    private static async Task<(Guid Id, string? Note, string? Error)> UploadOneAsync(ServiceClient client, string file, IProgress<long>? progress)
    {
        var name = Path.GetFileName(file);
        if (!File.Exists(file))
        {
            return (Guid.Empty, null, $"{file}: no such file");
        }
        ServiceClient.Answer answer;
        try
        {
            answer = await client.UploadAsync(file, progress, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is not SocketException)
        {
            return (Guid.Empty, null, $"{file}: cannot read the file ({e.Message})");
        }
        catch (UnauthorizedAccessException)
        {
            return (Guid.Empty, null, $"{file}: permission denied; check the file's permissions");
        }
        catch (HttpRequestException e)
        {
            throw new StopException($"cannot reach {client.Server} ({e.Message}); is the service running, and is --server right?");
        }
        StopOnAuthProblem(answer, client.Server);
        if (answer.Status != HttpStatusCode.Accepted || answer.Body is not { } body)
        {
            return (Guid.Empty, null, $"{name}: refused by the service ({(int)answer.Status}): {answer.Problem}");
        }
        var document = body.GetProperty("documents")[0];
        var id = document.GetProperty("id").GetGuid();
        var duplicate = document.GetProperty("duplicate").GetBoolean();
        return (id, duplicate ? $"already uploaded ({document.GetProperty("status").GetString()})" : "queued", null);
    }

    private static async Task<int> WaitAllAsync(ServiceClient client, IReadOnlyList<(string File, Guid Id)> uploads, PushOptions options,
        TextWriter stdout, TextWriter stderr)
    {
        var failures = 0;
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var waiting = uploads.ToList();
        while (waiting.Count > 0)
        {
            foreach (var upload in waiting.ToList())
            {
                var answer = await GetAsync(client, upload.Id).ConfigureAwait(false);
                var status = answer.GetProperty("status").GetString() ?? "";
                if (!ServiceClient.Finished.Contains(status))
                {
                    continue;
                }
                waiting.Remove(upload);
                if (status == "failed")
                {
                    failures++;
                    await stderr.WriteLineAsync($"error: {Path.GetFileName(upload.File)}: extraction failed: {Text(answer, "reason")}").ConfigureAwait(false);
                    continue;
                }
                var result = answer.GetProperty("result");
                await stdout.WriteLineAsync($"{Path.GetFileName(upload.File)}: {status}, {Flags(result)}: {Text(result, "title")}  " +
                                            Combine(client.Server, $"/tinjau/{upload.Id}")).ConfigureAwait(false);
                if (options.OutDir is not null)
                {
                    var target = Path.Combine(options.OutDir, Path.GetFileNameWithoutExtension(upload.File) + ".json");
                    await File.WriteAllTextAsync(target, JsonSerializer.Serialize(result, Indented)).ConfigureAwait(false);
                }
            }
            if (waiting.Count == 0)
            {
                break;
            }
            if (time.GetElapsedTime(started) > options.Timeout)
            {
                foreach (var (file, id) in waiting)
                {
                    failures++;
                    await stderr.WriteLineAsync($"error: {Path.GetFileName(file)}: not extracted within {options.Timeout.TotalSeconds:0} s; " +
                                                $"follow it at {Combine(client.Server, $"/api/documents/{id}")}").ConfigureAwait(false);
                }
                break;
            }
            await Task.Delay(PollInterval, time).ConfigureAwait(false);
        }
        return failures;
    }

    private static async Task<JsonElement> GetAsync(ServiceClient client, Guid id)
    {
        ServiceClient.Answer answer;
        try
        {
            answer = await client.GetDocumentAsync(id, CancellationToken.None).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new StopException($"cannot reach {client.Server} ({e.Message}) while waiting for the results");
        }
        StopOnAuthProblem(answer, client.Server);
        return answer.IsSuccess && answer.Body is { } body
            ? body
            : throw new StopException($"document {id}: the service answered {(int)answer.Status}: {answer.Problem}");
    }

    private static void StopOnAuthProblem(ServiceClient.Answer answer, Uri server)
    {
        if (answer.Status == HttpStatusCode.Unauthorized)
        {
            throw new StopException($"the service refused the token (401): {answer.Problem} Set {TokenVariable} to a live token " +
                                    $"(an admin makes one at {Combine(server, "/admin/token")}).");
        }
        if (answer.Status == HttpStatusCode.Forbidden)
        {
            throw new StopException($"the token's user may not do this (403): {answer.Problem} Uploading needs the reviewer or admin role.");
        }
    }

    private static string Flags(JsonElement sop)
    {
        var flags = sop.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().ToList() : [];
        if (flags.Count == 0)
        {
            return "no flags";
        }
        return string.Join(", ", flags.GroupBy(x => x.GetProperty("severity").GetString()).OrderBy(g => Array.IndexOf(Severities, g.Key))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")));
    }

    private static readonly string?[] Severities = ["error", "warning", "info"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static long SizeOf(string file) => File.Exists(file) ? new FileInfo(file).Length : 1;

    private static string Combine(Uri server, string path) => new Uri(server, path).ToString();

    private static PushOptions? Parse(string[] args, out string? problem)
    {
        Uri? server = null;
        string? outDir = null;
        var wait = false;
        var timeout = TimeSpan.FromMinutes(30);
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--server" or "-s":
                    if (i + 1 >= args.Length || !Uri.TryCreate(args[++i], UriKind.Absolute, out server) || server.Scheme is not ("http" or "https"))
                    {
                        problem = "--server needs the service's address, e.g. --server http://127.0.0.1:5080";
                        return null;
                    }
                    break;
                case "--out" or "-o":
                    if (i + 1 >= args.Length)
                    {
                        problem = "--out needs a folder";
                        return null;
                    }
                    outDir = args[++i];
                    wait = true;
                    break;
                case "--wait" or "-w":
                    wait = true;
                    break;
                case "--timeout":
                    if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < 1)
                    {
                        problem = "--timeout needs a number of seconds";
                        return null;
                    }
                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        problem = server is null ? "push needs --server URL (the SopIngest service, e.g. http://127.0.0.1:5080)"
            : files.Count == 0 ? "push needs at least one FILE"
            : null;
        return problem is null ? new PushOptions(server!, files, wait, outDir, timeout) : null;
    }

    /// <summary>What <c>push</c> was asked to do.</summary>
    private sealed record PushOptions(Uri Server, IReadOnlyList<string> Files, bool Wait, string? OutDir, TimeSpan Timeout);

    /// <summary>A failure that ends the whole push (the service unreachable, the token refused), not just one file.</summary>
    private sealed class StopException(string message) : Exception(message);
}

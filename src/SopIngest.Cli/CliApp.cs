using System.Text.Json;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Cli.Push;
using SopIngest.Isolation;
using SopIngest.Isolation.Files;
using Spectre.Console;

namespace SopIngest.Cli;

/// <summary>
/// The <c>sopingest</c> command. Other tools call it, so its interface stays stable:
/// <c>sopingest extract FILE... [--out DIR]</c> (exit 0 when every input was read, 1 when some failed,
/// 2 for a usage error), <c>sopingest layout FILE</c> (the layout model as JSON, for debugging readers) and
/// <c>sopingest push FILE... --server URL</c> (upload to a SopIngest service with the API token in <c>SOPINGEST_TOKEN</c>).
/// Files are read in a supervised reader process (<see cref="IsolatedExtractor"/>): a file that crashes or exhausts
/// its reader costs that file, with one error line, never the batch.
/// </summary>
public static class CliApp
{
    private const int ProgressThreshold = 3;

    /// <summary>Runs a command; <paramref name="environment"/> reads environment variables (the process's when null).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "push")
        {
            // no reader: pushing reads nothing itself, the service does
            return await PushCommand.RunAsync(args[1..], stdout, stderr, environment ?? Environment.GetEnvironmentVariable,
                message => UsageErrorAsync(stderr, message)).ConfigureAwait(false);
        }
        await using var extractor = new IsolatedExtractor();
        return await RunAsync(args, stdout, stderr, extractor).ConfigureAwait(false);
    }

    /// <summary>The command on a given extractor (tests pass one with other limits); the caller disposes it.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IsolatedExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? 2 : 0;
        }
        return args[0] switch
        {
            "extract" => await ExtractAsync(extractor, args[1..], stdout, stderr).ConfigureAwait(false),
            "layout" => await LayoutAsync(extractor, args[1..], stdout, stderr).ConfigureAwait(false),
            _ => await UsageErrorAsync(stderr, $"unknown command '{args[0]}'").ConfigureAwait(false),
        };
    }

    private const string Usage = """
        sopingest: turns SOP documents (PDF, images, Markdown/HTML/text exports) into structured JSON.

        usage:
          sopingest extract FILE... [--out DIR]   write DIR/NAME.json per input (or print JSON for one file)
          sopingest layout FILE                   print the layout model a reader produced (debugging)
          sopingest push FILE... --server URL [--wait] [--out DIR] [--timeout SECONDS]
                                                  upload to a SopIngest service (API token in SOPINGEST_TOKEN);
                                                  --wait follows each document until extracted, --out DIR saves its JSON
        """;

    private static async Task<int> ExtractAsync(IsolatedExtractor extractor, string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? outDir = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--out" or "-o")
            {
                if (i + 1 >= args.Length)
                {
                    return await UsageErrorAsync(stderr, "--out needs a folder").ConfigureAwait(false);
                }
                outDir = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }
        if (files.Count == 0)
        {
            return await UsageErrorAsync(stderr, "extract needs at least one FILE").ConfigureAwait(false);
        }
        if (outDir is null && files.Count > 1)
        {
            return await UsageErrorAsync(stderr, "several files need --out DIR").ConfigureAwait(false);
        }
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }
        extractor.WarmUp(); // the reader process builds its engine while the first file is read
        var failures = 0;
        var results = new List<(string File, SopDocument Document)>();
        async Task One(string file, IProgress<PageProgress>? pages)
        {
            var outcome = await ExtractOneAsync(extractor, file, pages).ConfigureAwait(false);
            if (outcome.Error is not null)
            {
                failures++;
                await stderr.WriteLineAsync($"error: {outcome.Error}").ConfigureAwait(false);
                return;
            }
            results.Add((file, outcome.Document!));
            var json = SopJson.Serialize(outcome.Document!);
            if (outDir is null)
            {
                await stdout.WriteLineAsync(json).ConfigureAwait(false);
            }
            else
            {
                var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json");
                await File.WriteAllTextAsync(target, json).ConfigureAwait(false);
            }
        }

        if (files.Count > ProgressThreshold && !Console.IsErrorRedirected)
        {
            await AnsiConsole.Progress().AutoClear(false).StartAsync(async ctx =>
            {
                var overall = ctx.AddTask("SOP", maxValue: files.Count);
                foreach (var file in files)
                {
                    var task = ctx.AddTask(Path.GetFileName(file).EscapeMarkup(), maxValue: 1);
                    await One(file, new Progress<PageProgress>(p =>
                    {
                        task.MaxValue = p.PageCount;
                        task.Value = p.Page;
                    })).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    overall.Increment(1);
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
        if (outDir is not null)
        {
            await WriteSummaryAsync(stdout, results).ConfigureAwait(false);
            await stdout.WriteLineAsync($"{files.Count - failures} of {files.Count} extracted into {outDir}").ConfigureAwait(false);
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One line per document: its title, steps, and its flags counted by severity and code.</summary>
    private static async Task WriteSummaryAsync(TextWriter stdout, IReadOnlyList<(string File, SopDocument Document)> results)
    {
        foreach (var (file, sop) in results)
        {
            var bySeverity = string.Join(", ", sop.Flags.GroupBy(f => f.Severity).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
            var codes = string.Join(", ", sop.Flags.GroupBy(f => f.Code).OrderBy(g => g.Key)
                .Select(g => $"{JsonNamingPolicy.KebabCaseLower.ConvertName(g.Key.ToString())} x{g.Count()}"));
            await stdout.WriteLineAsync(
                $"{Path.GetFileName(file),-24} {sop.Source.Method.ToString().ToLowerInvariant(),-8} {sop.Steps.Count,3} steps  flags: {(bySeverity.Length == 0 ? "none" : bySeverity)}{(codes.Length == 0 ? "" : $" ({codes})")}  {sop.Title}").ConfigureAwait(false);
        }
    }

    private static async Task<(SopDocument? Document, string? Error)> ExtractOneAsync(IsolatedExtractor extractor, string file,
        IProgress<PageProgress>? pages)
    {
        try
        {
            var input = await ReadInputAsync(file).ConfigureAwait(false);
            return (await extractor.ExtractAsync(input, pages).ConfigureAwait(false), null);
        }
        catch (Exception e) when (Failure(file, e) is { } message)
        {
            return (null, message);
        }
    }

    /// <summary>One line for a file that failed; null for what must not be swallowed (cancellation).</summary>
    private static string? Failure(string file, Exception e) => e switch
    {
        UnreadableDocumentException => e.Message,
        // A reader bug must cost one file, not the batch; the message is enough to report it.
        ReaderFaultException => $"{e.Message}; please report this file to the SopIngest maintainers",
        UnauthorizedAccessException => $"{file}: permission denied; check the file's permissions",
        IOException => $"{file}: cannot read the file ({e.Message})",
        OperationCanceledException or OutOfMemoryException => null,
        _ => $"{file}: could not be read ({e.GetType().Name}: {e.Message}); please report this file to the SopIngest maintainers",
    };

    /// <summary>Only regular files are read (a named pipe would wait forever); the size limit is the extractor's.</summary>
    private static async Task<DocumentInput> ReadInputAsync(string file) =>
        DocumentInput.Create(Path.GetFileName(file), await UntrustedFile.ReadAsync(file).ConfigureAwait(false));

    private static async Task<int> LayoutAsync(IsolatedExtractor extractor, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            return await UsageErrorAsync(stderr, "layout needs exactly one FILE").ConfigureAwait(false);
        }
        try
        {
            var input = await ReadInputAsync(args[0]).ConfigureAwait(false);
            await stdout.WriteLineAsync(await extractor.ReadLayoutJsonAsync(input).ConfigureAwait(false)).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (Failure(args[0], e) is { } message)
        {
            await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> UsageErrorAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"sopingest: {message}\n{Usage}").ConfigureAwait(false);
        return 2;
    }
}

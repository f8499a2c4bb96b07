using System.Globalization;

namespace SopIngest.Isolation.Supervision;

/// <summary>A dead reader's exit status and last words, said as briefly as a user message needs.</summary>
internal static class CrashDescription
{
    public static string Describe(int? exitCode, IReadOnlyList<string> errors)
    {
        if (errors.Any(l => l.StartsWith("Stack overflow", StringComparison.Ordinal)))
        {
            return "a stack overflow";
        }
        if (errors.Any(l => l.Contains("Out of memory", StringComparison.Ordinal) || l.Contains("OutOfMemoryException", StringComparison.Ordinal)))
        {
            return "out of memory";
        }
        if (errors.FirstOrDefault(l => l.StartsWith("Unhandled exception. ", StringComparison.Ordinal)) is { } unhandled)
        {
            var type = unhandled["Unhandled exception. ".Length..].Split(':')[0].Trim();
            return $"an unhandled {type}";
        }
        if (errors.Any(l => l.Contains("double free", StringComparison.Ordinal) || l.Contains("malloc(): ", StringComparison.Ordinal) ||
                            l.Contains("corrupted ", StringComparison.Ordinal)))
        {
            return "native memory corruption";
        }
        return exitCode switch
        {
            null => "it stopped answering",
            > 128 and < 160 => Signal(exitCode.Value - 128),
            _ => string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}"),
        };
    }

    public static string Detail(int? exitCode, IReadOnlyList<string> errors)
    {
        var status = exitCode is null ? "still running" : exitCode > 128 && exitCode < 160
            ? string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode} ({Signal(exitCode.Value - 128)})")
            : string.Create(CultureInfo.InvariantCulture, $"exit code {exitCode}");
        // A stack overflow's trace repeats one frame thousands of times: keep each distinct line once, in order.
        var lines = errors.Distinct(StringComparer.Ordinal).Take(60);
        return $"reader {status}; last error output:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    private static string Signal(int signal) => signal switch
    {
        4 => "signal SIGILL",
        6 => "signal SIGABRT",
        7 => "signal SIGBUS",
        8 => "signal SIGFPE",
        9 => "signal SIGKILL",
        11 => "signal SIGSEGV",
        15 => "signal SIGTERM",
        _ => string.Create(CultureInfo.InvariantCulture, $"signal {signal}"),
    };
}

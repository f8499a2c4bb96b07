using System.Text;

namespace SopIngest.Benchmarks.Service;

/// <summary>What the CLI did: its wall time, exit code, the title of every file it extracted, its error lines.</summary>
internal sealed record CliTiming(TimeSpan Elapsed, int ExitCode, IReadOnlyDictionary<string, string?> Titles, IReadOnlyList<string> Errors)
{
    public string Describe(int files)
    {
        var text = new StringBuilder($"{Titles.Count} of {files} extracted, exit {ExitCode}");
        foreach (var error in Errors.Take(3))
        {
            text.Append("; ").Append(error);
        }
        return text.ToString();
    }
}

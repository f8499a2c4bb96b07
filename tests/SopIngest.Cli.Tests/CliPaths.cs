namespace SopIngest.Cli.Tests;

/// <summary>The repository's fixtures, found above the test assembly.</summary>
internal static class CliPaths
{
    public static string Corpus { get; } = Path.Combine(Fixtures(), "corpus");

    private static string Fixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("fixtures/corpus not found above the test assembly.");
    }
}

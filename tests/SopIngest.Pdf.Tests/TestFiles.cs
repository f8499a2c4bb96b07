namespace SopIngest.Pdf.Tests;

/// <summary>Where the shared corpus and this project's own fixtures are.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus(string name) => Path.Combine(RepositoryRoot, "fixtures", "corpus", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SopIngest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"SopIngest.sln not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}

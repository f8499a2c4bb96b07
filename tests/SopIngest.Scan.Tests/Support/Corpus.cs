namespace SopIngest.Scan.Tests.Support;

/// <summary>The shared development corpus (fixtures/corpus in the repository) and the expected JSON beside each file.</summary>
internal static class Corpus
{
    public static string Path(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "SopIngest.sln")))
        {
            directory = directory.Parent;
        }
        if (directory is null)
        {
            throw new InvalidOperationException("The repository root (SopIngest.sln) was not found above the test output folder.");
        }
        return System.IO.Path.Combine(directory.FullName, "fixtures", "corpus", fileName);
    }

    public static string Fixture(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
}

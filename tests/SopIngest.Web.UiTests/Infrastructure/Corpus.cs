namespace SopIngest.Web.UiTests.Infrastructure;

/// <summary>The repository's fixtures, found from the test output folder.</summary>
public static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Folder => Path.Combine(Root, "fixtures", "corpus");

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>Real scanned SOPs copied from ../shared/real (fixtures/real/README.md).</summary>
    public static string RealScan(string name) => Path.Combine(Root, "fixtures", "real", name);

    public static string SchemaPath => Path.Combine(Root, "docs", "sop.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "SopIngest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("SopIngest.sln not found above " + AppContext.BaseDirectory);
    }
}

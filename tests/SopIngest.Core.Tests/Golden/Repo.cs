namespace SopIngest.Core.Tests.Golden;

/// <summary>Paths inside the repository, found from the test binary by walking up to the solution file.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Schema => Path.Combine(Root, "docs", "sop.schema.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SopIngest.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("SopIngest.sln not found above " + AppContext.BaseDirectory);
    }
}

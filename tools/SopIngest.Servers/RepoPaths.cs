namespace SopIngest.Servers;

/// <summary>Folders of the repository the caller runs in, found by walking up from its binaries to <c>SopIngest.sln</c>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "fixtures", "corpus");

    public static string AzuriteBlob => Path.Combine(Root, "tools", "azurite", "node_modules", ".bin", "azurite-blob");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SopIngest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"SopIngest.sln not found above {AppContext.BaseDirectory}.");
    }
}

using SopIngest.Core.Pipeline;

namespace SopIngest.Isolation.Tests;

/// <summary>The repository's corpus, as document inputs.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Corpus(string name) => Path.Combine(Root.Value, "fixtures", "corpus", name);

    public static DocumentInput Input(string corpusName) => DocumentInput.Create(corpusName, File.ReadAllBytes(Corpus(corpusName)));

    public static DocumentInput Input(string name, byte[] content) => DocumentInput.Create(name, content);

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

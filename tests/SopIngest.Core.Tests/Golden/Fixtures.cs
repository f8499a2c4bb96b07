using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Core.Tests.Golden;

/// <summary>The input fixtures (corpus documents and seeds) and one shared engine to extract them.</summary>
internal static class Fixtures
{
    private static readonly Lazy<SopEngine> Engine = new(() => SopEngine.Create());

    public static IEnumerable<string> Inputs(params string[] extensions) =>
        Directory.GetFiles(Path.Combine(Repo.Fixtures, "corpus"))
            .Concat(Directory.GetFiles(Path.Combine(Repo.Fixtures, "seeds")))
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal) && (extensions.Length == 0 || extensions.Contains(Path.GetExtension(f))))
            .Select(f => Path.GetRelativePath(Repo.Fixtures, f))
            .Order(StringComparer.Ordinal);

    public static async Task<SopDocument> ExtractAsync(string relativePath)
    {
        var path = Path.Combine(Repo.Fixtures, relativePath);
        var input = DocumentInput.Create(Path.GetFileName(path), await File.ReadAllBytesAsync(path));
        return await Engine.Value.Extractor.ExtractAsync(input);
    }
}

using System.Text;
using SopIngest.Core.Layout;
using SopIngest.Core.Pipeline;

namespace SopIngest.Readers.Tests;

/// <summary>Small builders for reader inputs and accessors for what the readers produce.</summary>
internal static class Some
{
    public static DocumentInput Input(string fileName, string text) =>
        DocumentInput.Create(fileName, Encoding.UTF8.GetBytes(text));

    public static DocumentInput Input(string fileName, byte[] bytes) => DocumentInput.Create(fileName, bytes);

    public static Task<LayoutDocument> ReadAsync(IDocumentReader reader, string fileName, string text) =>
        reader.ReadAsync(Input(fileName, text), progress: null, CancellationToken.None);

    public static TableBlock SingleTable(LayoutDocument layout) => Assert.Single(layout.Blocks.OfType<TableBlock>());

    public static IReadOnlyList<string> LinesOf(Cell? cell)
    {
        Assert.NotNull(cell);
        return cell.Lines.Select(l => l.Text).ToList();
    }

    public static IReadOnlyList<IReadOnlyList<string>> TextBlocks(LayoutDocument layout) =>
        layout.Blocks.OfType<TextBlock>().Select(b => (IReadOnlyList<string>)b.Lines.Select(l => l.Text).ToList()).ToList();

    /// <summary>fixtures/ of the repository, found above the test assembly.</summary>
    public static string FixturesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "corpus");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "fixtures");
            }
        }
        throw new DirectoryNotFoundException("fixtures/corpus not found above the test assembly.");
    }

    public static string CorpusFile(string name) => Path.Combine(FixturesFolder(), "corpus", name);
}

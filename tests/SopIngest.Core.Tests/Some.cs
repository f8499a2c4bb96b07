using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Tests;

/// <summary>Small builders for layout test data.</summary>
internal static class Some
{
    public static TableBlock Table(params string[] tabRows) =>
        TableBlock.FromRows(tabRows.Select(r => (IReadOnlyList<Cell>)r.Split('\t').Select(c => new Cell(0, 0, c)).ToList()).ToList());

    public static TextBlock Text(params string[] lines) => new(lines.Select(l => new TextLine(l)).ToList());

    public static LayoutDocument Layout(params Block[] blocks) =>
        new([new LayoutPage(1, blocks)], ExtractionMethod.Markdown, null);
}

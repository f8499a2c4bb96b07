using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Core.Text;
using SopIngest.Readers.Common;
using SopIngest.Readers.Html;
using SopIngest.Readers.PlainText;

namespace SopIngest.Readers.Markdown;

/// <summary>
/// Markdown exports of PDF converters into the layout model. Markdown runs go through Markdig (pipe
/// tables, HTML blocks, inline HTML); tab-separated rows, which Markdig would read as code or
/// paragraphs, become table rows first. The result is one HTML document read like any HTML export.
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private readonly ExportLimits _limits;

    public MarkdownReader(ExportLimits? limits = null) => _limits = (limits ?? new ExportLimits()).Validate();

    public bool CanRead(DocumentInput input) => input?.MediaType == MediaTypes.Markdown;

    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var markdown = TextDecoding.Decode(input, out var legacy);
        if (MarkdownNesting.Depth(markdown) is var depth && depth > _limits.MaxMarkdownNesting)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded,
                $"{input.FileName}: the Markdown nests lists and quotes {depth} levels deep, more than {_limits.MaxMarkdownNesting} (ExportLimits.MaxMarkdownNesting), which no SOP export does; check the file or export it again.");
        }
        try
        {
            return Task.FromResult(Read(input.FileName, markdown, legacy, directTables: true, _limits));
        }
        catch (ExpansionLimitException)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded,
                $"{input.FileName}: the Markdown renders to more than {_limits.RenderBudget(markdown.Length)} characters of HTML, over {_limits.MaxExpansionRatio:0} times its size (ExportLimits.MaxExpansionRatio): link references repeated to exhaust memory, not an SOP export. Check the file or export it again.");
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            // Markdig refuses absurd nesting (hostile input); the text is still worth reading as plain text.
            var layout = ExportLayout.Create(PlainTextReader.Read(markdown), ExtractionMethod.Markdown, legacy);
            return Task.FromResult(layout with
            {
                Problems = [.. layout.Problems, new Flag(FlagCode.UnreadableSource, "", FlagSeverity.Warning,
                    "The Markdown is nested too deeply to read its structure; it was read as plain text. Check the export.")],
            });
        }
    }

    internal static LayoutDocument Read(string fileName, string markdown, bool legacyEncoding) =>
        Read(fileName, markdown, legacyEncoding, directTables: true, new ExportLimits());

    /// <param name="directTables">
    /// Build tab-row and pipe-table runs of plain cells straight into cells (false only to compare with the HTML
    /// round trip).
    /// </param>
    internal static LayoutDocument Read(string fileName, string markdown, bool legacyEncoding, bool directTables) =>
        Read(fileName, markdown, legacyEncoding, directTables, new ExportLimits());

    /// <exception cref="ExpansionLimitException">The HTML passed <see cref="ExportLimits.RenderBudget"/>.</exception>
    private static LayoutDocument Read(string fileName, string markdown, bool legacyEncoding, bool directTables, ExportLimits limits)
    {
        var html = new StringBuilder(markdown.Length + 1024);
        using var writer = new BoundedHtmlWriter(html, limits.RenderBudget(markdown.Length));
        // Table runs of plain text (most procedure tables) need no HTML parser: they are built here, and the HTML
        // parser sees an empty placeholder table where they stood, so everything around them parses as before.
        var direct = new List<(int Start, int End, TableBlock Table)>();
        directTables &= !markdown.Contains(HtmlLayoutBuilder.PlaceholderAttribute, StringComparison.Ordinal);
        foreach (var (kind, lines) in TabRows.KindedRuns(markdown, pipes: true))
        {
            if (kind == RowKind.Text)
            {
                Markdig.Markdown.ToHtml(string.Join('\n', lines), writer, Pipeline);
                continue;
            }
            // Pipe tables are split here rather than by Markdig, whose table parsing grows quadratically with
            // rows (a hostile 10,000-row table took minutes).
            var rows = kind == RowKind.Tab
                ? lines.Select(l => (IReadOnlyList<string>)l.Split('\t')).ToList()
                : lines.Select(TabRows.PipeCells).Where(c => !TabRows.IsDelimiterRow(c)).ToList();
            var start = html.Length;
            AppendTable(html, rows);
            if (directTables && rows.All(r => r.All(c => PlainCellText(c) is not null)))
            {
                direct.Add((start, html.Length, PlainTable(rows)));
            }
        }
        var full = html.ToString();
        return HtmlReader.Read(fileName, full, ExtractionMethod.Markdown, legacyEncoding, softBreaksAreLines: true, limits,
            direct.Count == 0 ? null : WithPlaceholders(full, direct));
    }

    /// <summary>
    /// The text of a cell the HTML round trip would keep as one line of plain text, or null when the cell needs
    /// the parser. Plain text has no tags, character references, NUL or Markdown emphasis. A cell that is all one
    /// bold run ("**No.**", pipe-table headers) also qualifies: a bold run in a cell becomes a line of its own, and
    /// white space around it folds away.
    /// </summary>
    private static string? PlainCellText(string cell)
    {
        if (IsPlainText(cell))
        {
            return cell;
        }
        var trimmed = cell.AsSpan().Trim();
        if (trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal) &&
            trimmed.EndsWith("**", StringComparison.Ordinal) && trimmed[2..^2] is var inner &&
            !inner.Contains('*') && IsPlainText(inner))
        {
            return inner.ToString();
        }
        return null;
    }

    private static bool IsPlainText(ReadOnlySpan<char> text) =>
        text.IndexOfAny('<', '&', '\0') < 0 && !text.Contains("**", StringComparison.Ordinal);

    /// <summary>What the HTML round trip makes of rows of plain cells: one cell per field, its folded text.</summary>
    private static TableBlock PlainTable(List<IReadOnlyList<string>> rows)
    {
        var cells = new List<Cell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                cells.Add(new Cell(r, c, TextNormalizer.Fold(PlainCellText(rows[r][c]))));
            }
        }
        return new TableBlock(cells);
    }

    /// <summary>The HTML with each directly built table's markup replaced by its numbered placeholder.</summary>
    private static PrebuiltTables WithPlaceholders(string html, List<(int Start, int End, TableBlock Table)> direct)
    {
        var parsed = new StringBuilder(html.Length);
        var at = 0;
        for (var i = 0; i < direct.Count; i++)
        {
            parsed.Append(html, at, direct[i].Start - at).Append(HtmlLayoutBuilder.Placeholder(i));
            at = direct[i].End;
        }
        parsed.Append(html, at, html.Length - at);
        return new PrebuiltTables(parsed.ToString(), [.. direct.Select(d => d.Table)]);
    }

    private static void AppendTable(StringBuilder html, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                // Cells hold HTML fragments (<b>, <ol>) and sometimes Markdown emphasis.
                var text = cell.Contains("**", StringComparison.Ordinal) ? Emphasis().Replace(cell, "<b>$1</b>") : cell;
                html.Append("<td>").Append(text).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>\n");
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Emphasis();
}

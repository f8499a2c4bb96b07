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

    public bool CanRead(DocumentInput input) => input?.MediaType == MediaTypes.Markdown;

    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var markdown = TextDecoding.Decode(input, out var legacy);
        try
        {
            return Task.FromResult(Read(input.FileName, markdown, legacy));
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

    internal static LayoutDocument Read(string fileName, string markdown, bool legacyEncoding)
    {
        var html = new StringBuilder(markdown.Length + 1024);
        foreach (var (kind, lines) in TabRows.KindedRuns(markdown, pipes: true))
        {
            switch (kind)
            {
                case RowKind.Tab:
                    AppendTable(html, lines.Select(l => (IReadOnlyList<string>)l.Split('\t')));
                    break;
                case RowKind.Pipe:
                    // Pipe tables are split here rather than by Markdig, whose table parsing grows
                    // quadratically with rows (a hostile 10,000-row table took minutes).
                    AppendTable(html, lines.Select(TabRows.PipeCells).Where(c => !TabRows.IsDelimiterRow(c)));
                    break;
                default:
                    html.Append(Markdig.Markdown.ToHtml(string.Join('\n', lines), Pipeline));
                    break;
            }
        }
        return HtmlReader.Read(fileName, html.ToString(), ExtractionMethod.Markdown, legacyEncoding, softBreaksAreLines: true);
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
                html.Append("<td>").Append(Emphasis().Replace(cell, "<b>$1</b>")).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>\n");
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Emphasis();
}

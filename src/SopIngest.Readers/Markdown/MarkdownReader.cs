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
        return Task.FromResult(Read(markdown, legacy));
    }

    internal static LayoutDocument Read(string markdown, bool legacyEncoding)
    {
        var html = new StringBuilder(markdown.Length + 1024);
        foreach (var (isTable, lines) in TabRows.Runs(markdown))
        {
            if (isTable)
            {
                AppendTabTable(html, lines);
            }
            else
            {
                html.Append(Markdig.Markdown.ToHtml(string.Join('\n', lines), Pipeline));
            }
        }
        return HtmlReader.Read(html.ToString(), ExtractionMethod.Markdown, legacyEncoding, softBreaksAreLines: true);
    }

    private static void AppendTabTable(StringBuilder html, IReadOnlyList<string> lines)
    {
        html.Append("<table>");
        foreach (var line in lines)
        {
            html.Append("<tr>");
            foreach (var cell in line.Split('\t'))
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

using AngleSharp.Html.Parser;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Core.Text;
using SopIngest.Readers.Common;

namespace SopIngest.Readers.Html;

/// <summary>HTML exports (word-processor "Save as HTML", converter HTML) into the layout model.</summary>
public sealed class HtmlReader : IDocumentReader
{
    public bool CanRead(DocumentInput input) => input?.MediaType == MediaTypes.Html;

    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = TextDecoding.Decode(input, out var legacy);
        return Task.FromResult(Read(input.FileName, html, ExtractionMethod.Html, legacy, softBreaksAreLines: false));
    }

    /// <summary>
    /// Deeper than any real export by far. HTML tree construction slows down with depth (100,000 nested
    /// divs took minutes), so absurd nesting is refused before parsing.
    /// </summary>
    internal const int MaxNesting = 2000;

    /// <param name="prebuilt">
    /// Tables built without the parser, with the HTML that holds placeholders for them. That HTML is parsed
    /// instead of <paramref name="html"/>; if a placeholder does not land where its table would have (inside
    /// another table's cell, or swallowed by raw markup), the full <paramref name="html"/> is parsed after all.
    /// </param>
    internal static LayoutDocument Read(string fileName, string html, ExtractionMethod method, bool legacyEncoding,
        bool softBreaksAreLines, PrebuiltTables? prebuilt = null)
    {
        if (NestingDepth(html) > MaxNesting)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"{fileName}: the document's HTML is nested more than {MaxNesting} levels deep, which no SOP export is; check the file or export it again.");
        }
        if (prebuilt is not null && Build(prebuilt.Html, softBreaksAreLines, prebuilt.Tables) is { PlacedAll: true } fast)
        {
            return ExportLayout.Create(fast.Blocks, method, legacyEncoding);
        }
        return ExportLayout.Create(Build(html, softBreaksAreLines, []).Blocks, method, legacyEncoding);
    }

    private static (IReadOnlyList<Block> Blocks, bool PlacedAll) Build(string html, bool softBreaksAreLines, IReadOnlyList<TableBlock> prebuilt)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (AngleSharp.Dom.INode?)document.Body ?? document.DocumentElement;
        var builder = new HtmlLayoutBuilder(softBreaksAreLines, prebuilt);
        return (builder.Build(root), builder.PlacedAll);
    }

    /// <summary>An upper estimate of element nesting from the tags alone (end tags that HTML lets writers omit only raise it).</summary>
    private static int NestingDepth(string html)
    {
        var depth = 0;
        var max = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next) && !IsVoid(html, i + 1) && !HasOptionalEndTag(html, i + 1))
            {
                max = Math.Max(max, ++depth);
            }
        }
        return max;
    }

    private static readonly string[] VoidElements =
        ["br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param", "track", "embed", "o:p"];

    /// <summary>Elements whose end tag HTML lets writers leave out: a long table of unclosed cells is not deep.</summary>
    private static readonly string[] OptionalEndTags =
        ["p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body", "rt", "rp", "optgroup"];

    private static bool HasOptionalEndTag(string html, int nameStart) => StartsWithTag(html, nameStart, OptionalEndTags);

    private static bool StartsWithTag(string html, int nameStart, string[] names)
    {
        foreach (var name in names)
        {
            if (string.CompareOrdinal(html, nameStart, name, 0, name.Length) == 0 &&
                (nameStart + name.Length >= html.Length || !char.IsAsciiLetterOrDigit(html[nameStart + name.Length])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVoid(string html, int nameStart)
    {
        foreach (var name in VoidElements)
        {
            if (string.CompareOrdinal(html, nameStart, name, 0, name.Length) == 0 &&
                nameStart + name.Length < html.Length && !char.IsAsciiLetterOrDigit(html[nameStart + name.Length]))
            {
                return true;
            }
        }
        var close = html.IndexOf('>', nameStart);
        return close > 0 && html[close - 1] == '/';
    }
}

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
    private readonly ExportLimits _limits;

    public HtmlReader(ExportLimits? limits = null) => _limits = (limits ?? new ExportLimits()).Validate();

    public bool CanRead(DocumentInput input) => input?.MediaType == MediaTypes.Html;

    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var html = TextDecoding.Decode(input, out var legacy);
        return Task.FromResult(Read(input.FileName, html, ExtractionMethod.Html, legacy, softBreaksAreLines: false, _limits));
    }

    /// <param name="prebuilt">
    /// Tables built without the parser, with the HTML that holds placeholders for them. That HTML is parsed
    /// instead of <paramref name="html"/>; if a placeholder does not land where its table would have (inside
    /// another table's cell, or swallowed by raw markup), the full <paramref name="html"/> is parsed after all.
    /// </param>
    internal static LayoutDocument Read(string fileName, string html, ExtractionMethod method, bool legacyEncoding,
        bool softBreaksAreLines, ExportLimits limits, PrebuiltTables? prebuilt = null)
    {
        // Absurd nesting is refused before parsing (see ExportLimits.MaxHtmlNesting).
        if (NestingDepth(html) > limits.MaxHtmlNesting)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded,
                $"{fileName}: the document's HTML is nested more than {limits.MaxHtmlNesting} levels deep (ExportLimits.MaxHtmlNesting), which no SOP export is; check the file or export it again.");
        }
        if (prebuilt is not null && Build(prebuilt.Html, softBreaksAreLines, prebuilt.Tables) is { PlacedAll: true } fast)
        {
            return ExportLayout.Create(fast.Blocks, method, legacyEncoding);
        }
        return ExportLayout.Create(Build(html, softBreaksAreLines, []).Blocks, method, legacyEncoding);
    }

    /// <summary>The layout needs the tree only, not where each element stood in the source.</summary>
    private static readonly HtmlParserOptions ParserOptions = new() { DisableElementPositionTracking = true };

    private static (IReadOnlyList<Block> Blocks, bool PlacedAll) Build(string html, bool softBreaksAreLines, IReadOnlyList<TableBlock> prebuilt)
    {
        var document = new HtmlParser(ParserOptions).ParseDocument(html);
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

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
        { "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "param", "track", "embed" };

    /// <summary>Elements whose end tag HTML lets writers leave out: a long table of unclosed cells is not deep.</summary>
    private static readonly HashSet<string> OptionalEndTags = new(StringComparer.Ordinal)
    {
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head",
        "body", "rt", "rp", "optgroup",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidLookup =
        VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OptionalEndTagLookup =
        OptionalEndTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The tag name's letters and digits: a listed name matches when the name is exactly that run (the character
    /// after it is no letter or digit).
    /// </summary>
    private static ReadOnlySpan<char> NameRun(string html, int nameStart)
    {
        var end = nameStart;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }
        return html.AsSpan(nameStart, end - nameStart);
    }

    private static bool HasOptionalEndTag(string html, int nameStart) => OptionalEndTagLookup.Contains(NameRun(html, nameStart));

    private static bool IsVoid(string html, int nameStart)
    {
        var name = NameRun(html, nameStart);
        // A void name at the very end of the text (no character after it) does not count.
        var end = nameStart + name.Length;
        if (end < html.Length && VoidLookup.Contains(name))
        {
            return true;
        }
        // Word's empty <o:p>.
        if (name is "o" && end + 2 < html.Length && html[end] == ':' && html[end + 1] == 'p' &&
            !char.IsAsciiLetterOrDigit(html[end + 2]))
        {
            return true;
        }
        var close = html.IndexOf('>', nameStart);
        return close > 0 && html[close - 1] == '/';
    }
}

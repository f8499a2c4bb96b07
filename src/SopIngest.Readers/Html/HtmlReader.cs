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
        return Task.FromResult(Read(html, ExtractionMethod.Html, legacy, softBreaksAreLines: false));
    }

    internal static LayoutDocument Read(string html, ExtractionMethod method, bool legacyEncoding, bool softBreaksAreLines)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (AngleSharp.Dom.INode?)document.Body ?? document.DocumentElement;
        var blocks = new HtmlLayoutBuilder(softBreaksAreLines).Build(root);
        return ExportLayout.Create(blocks, method, legacyEncoding);
    }
}

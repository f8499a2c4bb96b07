using SopIngest.Core.Layout;

namespace SopIngest.Core.Pipeline;

/// <summary>
/// Turns one kind of input into the layout model. Readers know their format, never the SOP format:
/// everything about labels, sections and steps is the parser's.
/// </summary>
public interface IDocumentReader
{
    /// <summary>
    /// True when this reader handles the input. Readers are asked in order; a PDF reader may look inside
    /// (a text layer or not) before it answers.
    /// </summary>
    bool CanRead(DocumentInput input);

    /// <summary>
    /// Reads the document. Throws <see cref="UnreadableDocumentException"/> when nothing usable can be read;
    /// pages that fail while others succeed become <see cref="LayoutDocument.Problems"/>.
    /// </summary>
    Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>Per-page progress of a reader that works page by page (OCR).</summary>
public readonly record struct PageProgress(int Page, int PageCount);

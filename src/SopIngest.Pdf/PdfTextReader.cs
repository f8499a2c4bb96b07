using System.Globalization;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Pages;
using SopIngest.Pdf.Paths;
using SopIngest.Pdf.Text;
using SopIngest.Pdf.Safety;
using UglyToad.PdfPig;
using Page = UglyToad.PdfPig.Content.Page;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace SopIngest.Pdf;

/// <summary>
/// Reads a digital PDF (one with a text layer) into the layout model: words with boxes grouped into lines,
/// tables recovered from the vector ruling lines, flowchart symbols recovered from the vector outlines
/// (never from a render). Boxes are in points, origin top-left. Scanned PDFs are the scan reader's.
/// </summary>
public sealed class PdfTextReader : IDocumentReader
{
    private readonly PdfReaderOptions _options;

    public PdfTextReader(PdfReaderOptions? options = null) => _options = (options ?? new PdfReaderOptions()).Validate();

    /// <inheritdoc />
    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.MediaType == MediaTypes.Pdf && PdfTextLayer.HasUsableText(input.Content, _options);
    }

    /// <inheritdoc />
    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // PdfPig is synchronous and CPU-bound: run it off the caller's thread, checking the token per page.
        return Task.Run(() => Read(input, progress, cancellationToken), cancellationToken);
    }

    private LayoutDocument Read(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        SafePdf.Check(input, _options.Limits);
        var (document, guard) = Open(input);
        using var _ = document;
        var count = document.NumberOfPages;
        if (count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.NoContent,
                $"{input.FileName}: the PDF has no pages; export the document again and upload the new file.");
        }
        if (count > _options.MaxPages)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                $"{input.FileName}: {count} pages, more than the {_options.MaxPages} an SOP may have; upload the SOP's own pages only.");
        }
        var pages = new List<LayoutPage>();
        var problems = new List<Flag>();
        for (var number = 1; number <= count; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                pages.Add(ReadPage(document.GetPage(number), problems));
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !guard.Refused)
            {
                // One broken page (a damaged content stream) should not cost the others.
                problems.Add(new Flag(FlagCode.UnreadableSource, "source", FlagSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"Page {number} could not be read ({ex.Message}); check it by hand."))
                {
                    Page = number,
                });
                pages.Add(new LayoutPage(number, []));
            }
            catch (Exception) when (guard.Refused)
            {
                guard.ThrowIfRefused(input.FileName);
            }
            // A stream over a limit is a hostile file, not a broken page (PdfPig may have read on without it).
            guard.ThrowIfRefused(input.FileName);
            progress?.Report(new PageProgress(number, count));
        }
        if (pages.All(p => p.Blocks.Count == 0) && problems.Count > 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"{input.FileName}: no page of the PDF could be read; export the document again and upload the new file.");
        }
        return new LayoutDocument(pages, ExtractionMethod.PdfText, count) { Problems = problems };
    }

    private LayoutPage ReadPage(Page page, List<Flag> problems)
    {
        var frame = new PageFrame(page.Width, page.Height);
        // Fake bold draws each letter twice; the word extractor would read both.
        var words = DefaultWordExtractor.Instance.GetWords(DoubleStrike.Collapse(page.Letters, _options.Lines.DoubleStrikeInEm))
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new Word(w.Text, frame.MapBox(w.BoundingBox.Left, w.BoundingBox.Bottom, w.BoundingBox.Right, w.BoundingBox.Top)))
            .ToList();
        var graphics = PathCollector.Collect(page, frame, _options);
        if (graphics is null || graphics.Rulings.Count > _options.MaxRulingsPerPage || graphics.Outlines.Count > _options.MaxOutlinesPerPage)
        {
            problems.Add(new Flag(FlagCode.UnreadableSource, "source", FlagSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture,
                    $"Page {page.Number} draws too many lines and shapes to analyse; its tables and flowchart were read as plain text. Check the page by hand."))
            {
                Page = page.Number,
            });
            graphics = PageGraphics.Empty;
        }
        var blocks = PageAssembler.Assemble(page.Number, words, graphics, _options);
        return new LayoutPage(page.Number, blocks, frame.Width, frame.Height);
    }

    private (PdfDocument Document, PdfDecodeGuard Guard) Open(DocumentInput input)
    {
        try
        {
            return SafePdf.Open(input.Content, _options.Limits, input.FileName);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted,
                $"{input.FileName}: the PDF is password-protected; remove the password and upload again.", ex);
        }
        catch (PdfLimitException ex)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded, ex.Violation.Message(input.FileName), ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"{input.FileName}: not a readable PDF ({ex.Message}); open it in a PDF viewer, save or export it again, and upload the new file.", ex);
        }
    }
}

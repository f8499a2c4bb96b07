using SopIngest.Core.Pipeline;
using UglyToad.PdfPig.Core;
using SopIngest.Pdf.Safety;
using UglyToad.PdfPig.Exceptions;

namespace SopIngest.Pdf;

/// <summary>
/// Tells a digital PDF (a text layer with real letters) from a scanned one (page images only). The scan
/// reader uses it to decide which PDFs it takes, so it is cheap (a few pages) and never throws.
/// </summary>
public static class PdfTextLayer
{
    /// <summary>
    /// True when the first pages carry at least <see cref="PdfReaderOptions.MinLetters"/> letters. False for a
    /// scan, an empty or corrupt file, or one that needs a password.
    /// </summary>
    public static bool HasUsableText(ReadOnlyMemory<byte> pdf) => Inspect(pdf) == PdfTextLayerStatus.Text;

    /// <inheritdoc cref="HasUsableText(ReadOnlyMemory{byte})"/>
    public static bool HasUsableText(ReadOnlyMemory<byte> pdf, PdfReaderOptions? options) =>
        Inspect(pdf, options) == PdfTextLayerStatus.Text;

    /// <summary>
    /// The same probe, telling also why there is no usable text: a scan (<see cref="PdfTextLayerStatus.NoText"/>)
    /// goes to OCR, while an encrypted, unreadable or hostile file should be refused with its own message. The file's
    /// structure is checked against <see cref="PdfReaderOptions.Limits"/> before PdfPig sees it.
    /// </summary>
    public static PdfTextLayerStatus Inspect(ReadOnlyMemory<byte> pdf, PdfReaderOptions? options = null)
    {
        options ??= new PdfReaderOptions();
        if (pdf.IsEmpty)
        {
            return PdfTextLayerStatus.Unreadable;
        }
        if (SafePdf.Inspect(pdf, options.Limits) is not null)
        {
            return PdfTextLayerStatus.Refused;
        }
        try
        {
            var (document, guard) = SafePdf.Open(pdf, options.Limits, "");
            using var _ = document;
            var letters = 0;
            var pages = Math.Min(document.NumberOfPages, options.TextProbePages);
            for (var number = 1; number <= pages; number++)
            {
                foreach (var letter in document.GetPage(number).Letters)
                {
                    // Only visible letters count: a scan with an invisible OCR layer is still a scan, and the scan
                    // reader's own OCR finds its table grid and shapes. Stray digits or dashes do not count either.
                    if (letter.RenderingMode is not (TextRenderingMode.Neither or TextRenderingMode.NeitherClip) &&
                        letter.Value.Length > 0 && char.IsLetter(letter.Value[0]) && ++letters >= options.MinLetters)
                    {
                        return PdfTextLayerStatus.Text;
                    }
                }
            }
            return guard.Refused ? PdfTextLayerStatus.Refused : PdfTextLayerStatus.NoText;
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfTextLayerStatus.Encrypted;
        }
        catch (Exception e) when (e is PdfLimitException or UnreadableDocumentException { Reason: UnreadableReason.LimitExceeded })
        {
            return PdfTextLayerStatus.Refused;
        }
        catch (Exception)
        {
            // A probe must answer for any input: whatever else PdfPig throws means "unreadable".
            return PdfTextLayerStatus.Unreadable;
        }
    }
}

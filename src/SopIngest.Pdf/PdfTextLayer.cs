using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
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
    /// goes to OCR, while an encrypted or unreadable file should be refused with its own message.
    /// </summary>
    public static PdfTextLayerStatus Inspect(ReadOnlyMemory<byte> pdf, PdfReaderOptions? options = null)
    {
        options ??= new PdfReaderOptions();
        if (pdf.IsEmpty)
        {
            return PdfTextLayerStatus.Unreadable;
        }
        try
        {
            using var document = PdfDocument.Open(pdf, PdfOpening.Options);
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
            return PdfTextLayerStatus.NoText;
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfTextLayerStatus.Encrypted;
        }
        catch (Exception)
        {
            // A probe must answer for any input: whatever else PdfPig throws means "unreadable".
            return PdfTextLayerStatus.Unreadable;
        }
    }
}

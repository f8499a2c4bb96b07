using UglyToad.PdfPig;

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
    public static bool HasUsableText(ReadOnlyMemory<byte> pdf) => HasUsableText(pdf, null);

    /// <inheritdoc cref="HasUsableText(ReadOnlyMemory{byte})"/>
    public static bool HasUsableText(ReadOnlyMemory<byte> pdf, PdfReaderOptions? options)
    {
        options ??= new PdfReaderOptions();
        if (pdf.IsEmpty)
        {
            return false;
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
                    // Scans with an invisible OCR layer still count as text; stray digits or dashes do not.
                    if (letter.Value.Length > 0 && char.IsLetter(letter.Value[0]) && ++letters >= options.MinLetters)
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        catch (Exception)
        {
            // A probe must answer for any input: whatever PdfPig throws means "no usable text".
            return false;
        }
    }
}

using UglyToad.PdfPig;

namespace SopIngest.Pdf;

/// <summary>How every PDF is opened here, so the probe and the reader agree on what is readable.</summary>
internal static class PdfOpening
{
    /// <summary>
    /// Lenient parsing reads the slightly broken files office tools write; missing fonts still give
    /// letters with boxes, which is all the layout needs.
    /// </summary>
    public static ParsingOptions Options => new() { UseLenientParsing = true, SkipMissingFonts = true };
}

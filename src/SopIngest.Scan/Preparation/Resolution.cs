using OpenCvSharp;
using SopIngest.Scan.Imaging;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// The resolution a page image was scanned at, which sets the scale of every later stage (the OCR resolution,
/// ink and symbol sizes). Three witnesses, none trusted alone:
/// <list type="bullet">
/// <item>the file's declaration (a PDF image's placement, pdftoppm's render): right for office scanners, wrong for
/// phone-scanner apps, which place a 2,400-pixel page on a 2,400-point page (72 dpi);</item>
/// <item>the paper: SOPs are printed on A4 (or F4), so a page image's longer side is about 11.7 inches;</item>
/// <item>the print: the letters of an SOP's body text stand about <see cref="ScanOptions.LetterHeightInches"/> tall
/// (the 75th percentile of letter-sized ink components, measured on the dev corpus and the real scans).</item>
/// </list>
/// The declaration is kept when the paper agrees with it; when they disagree the print decides between them; and
/// the print overrides both when they are grossly off (an image of part of a page, cropped, without a declaration) or
/// when the letters are small for the page: the estimate is then the resolution at which these letters would be body
/// text, so small print is scaled up for OCR. Low-resolution scans merge letters into blobs, so the print is the least
/// precise of the three and never raises the estimate on its own.
/// </summary>
internal static class Resolution
{
    // A page's print is measured at half size from this longer side (about 250 dpi A4).
    private const int HalfSizeFrom = 2900;
    // A4's longer side; F4 (13 in) reads 11 % high, well within the tolerance.
    private const double PaperInches = 11.69;

    public static double Estimate(Mat grey, double? declared, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentNullException.ThrowIfNull(options);
        var paper = Math.Max(grey.Width, grey.Height) / PaperInches;
        var print = FromPrint(grey, options);
        var chosen = declared is { } d && Ratio(d, paper) > options.DeclaredDpiTolerance
            ? print is { } p ? (Ratio(d, p) < Ratio(paper, p) ? d : paper) : paper
            : declared ?? paper;
        if (print is { } letters && (Ratio(chosen, letters) > options.PrintOverrideRatio || chosen > options.SmallPrintRatio * letters))
        {
            // Grossly off, or the print is small for the page (a form set in 7-point type): the scale then follows the
            // letters, so OCR sees them at the size it reads best. Letters looking larger than they are (a low-resolution
            // scan runs them together) never raise the estimate alone.
            chosen = letters;
        }
        return Math.Clamp(chosen, options.MinScanDpi, options.MaxScanDpi);
    }

    /// <summary>
    /// The resolution the page's letters imply, or null when too few letter-sized components are found to tell
    /// (a blank page). Components are taken from the page's binarisation at its own pixels, light evened out first.
    /// </summary>
    internal static double? FromPrint(Mat grey, ScanOptions options)
    {
        // A large page is measured at half size: its letters are 15 pixels and more even then, and the page's
        // flattening and components cost a quarter.
        var factor = Math.Max(grey.Width, grey.Height) > HalfSizeFrom ? 2 : 1;
        using var measured = new Mat();
        if (factor == 1)
        {
            grey.CopyTo(measured);
        }
        else
        {
            Cv2.Resize(grey, measured, new Size(grey.Width / factor, grey.Height / factor), 0, 0, InterpolationFlags.Area);
        }
        using var flat = Illumination.Flatten(measured);
        using var ink = Illumination.Binarise(flat);
        var components = new Components(ink);
        var maxHeight = Math.Max(measured.Width, measured.Height) / 25;
        var heights = new List<int>();
        for (var label = 1; label < components.Count; label++)
        {
            var box = components.Box(label);
            // Letter-like: not a speck, not a ruling or a symbol outline, neither a sliver nor a wide run of merged
            // letters, and solid enough to be a stroke rather than a frame.
            if (box.Height < 4 || box.Height > maxHeight || box.Width > 3 * box.Height || 8 * box.Width < box.Height ||
                components.Area(label) < 0.15 * box.Width * box.Height)
            {
                continue;
            }
            heights.Add(box.Height);
        }
        if (heights.Count < options.MinLettersForResolution)
        {
            return null;
        }
        heights.Sort();
        return factor * heights[heights.Count * 3 / 4] / options.LetterHeightInches;
    }

    private static double Ratio(double a, double b) => Math.Max(a, b) / Math.Max(1e-6, Math.Min(a, b));
}

using OpenCvSharp;
using SopIngest.Scan.Imaging;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Takes stamps and signatures off the page before it is binarised for OCR. An SOP's print is black; the office
/// stamp (blue, purple or red) and the signature (blue ink) are coloured and lie over the approver's position,
/// name and NIP, where binarised together with the print they cut letters and digits out of it ("SUHE S.H.",
/// a NIP with a digit lost). Coloured ink is found by its chroma; where pieces of it are as large as a stamp or a
/// signature (<see cref="ScanOptions.StampMinInches"/> and more across) the page is read in its brightest channel,
/// which turns coloured ink into paper, while letter-sized coloured pieces stay:
/// a handwritten fill-in in blue pen (the running number of the Nomor SOP, a date) or a heading printed in colour
/// is text to read. Black print under a stamp keeps its pixels (it has no chroma). A grey page passes through.
/// </summary>
internal static class InkSeparation
{
    // Gaps within a stamp's ring or a signature bridged before pieces are measured: 1 mm.
    private const double StrokeJoinInches = 0.04;

    /// <summary>The page in grey for OCR: <paramref name="grey"/> (the page's luminance) with stamps and signatures made paper.</summary>
    public static Mat ForOcr(Mat pixels, Mat grey, double dpi, ScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(grey);
        var result = grey.Clone();
        if (pixels.Channels() != 3)
        {
            return result;
        }
        using var coloured = ColouredInk(pixels, options.MinInkChroma, options.MaxPrintLevel);
        using var joined = new Mat();
        // Joins the broken strokes of a stamp's ring (a scanner app's enhancement leaves it pale and broken) and a
        // signature's loops into one piece.
        var reach = Math.Max(1, (int)Math.Round(dpi * StrokeJoinInches));
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(2 * reach + 1, 2 * reach + 1)))
        {
            Cv2.Dilate(coloured, joined, kernel);
        }
        var components = new Components(joined);
        var minSide = options.StampMinInches / 2 * dpi;
        var minLength = options.StampMinInches * dpi;
        var small = new bool[components.Count];
        var any = false;
        for (var label = 1; label < components.Count; label++)
        {
            var box = components.Box(label);
            small[label] = Math.Min(box.Width, box.Height) < minSide || Math.Max(box.Width, box.Height) < minLength;
            any |= !small[label];
        }
        if (!any)
        {
            return result;
        }
        // Over a stamp or a signature each pixel is read as its brightest channel lifted by its chroma: coloured ink, pale or
        // strong, comes out at least as bright as the paper (a colour dropout, as form scanners drop a form's colour),
        // paper stays paper and black print stays black.
        components.Erase(joined, small);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(2 * reach + 1, 2 * reach + 1)))
        {
            Cv2.Dilate(joined, joined, kernel);
        }
        using var dropped = DropColour(pixels);
        dropped.CopyTo(result, joined);
        // The coloured ink itself becomes the paper around it (dropping the colour leaves dark, saturated ink grey).
        using var paper = Illumination.Paper(grey);
        using var ink = new Mat();
        Cv2.BitwiseAnd(coloured, joined, ink);
        paper.CopyTo(result, ink);
        return result;
    }

    /// <summary>Each pixel's brightest channel plus its chroma (brightest less darkest channel), at most white.</summary>
    internal static unsafe Mat DropColour(Mat bgr)
    {
        var result = new Mat(bgr.Size(), MatType.CV_8UC1);
        var width = bgr.Width;
        var height = bgr.Height;
        for (var y = 0; y < height; y++)
        {
            var source = new ReadOnlySpan<byte>(bgr.Ptr(y).ToPointer(), 3 * width);
            var target = new Span<byte>(result.Ptr(y).ToPointer(), width);
            for (int x = 0, i = 0; x < width; x++, i += 3)
            {
                int b = source[i], g = source[i + 1], r = source[i + 2];
                var max = Math.Max(b, Math.Max(g, r));
                var min = Math.Min(b, Math.Min(g, r));
                target[x] = (byte)Math.Min(255, 2 * max - min);
            }
        }
        return result;
    }

    /// <summary>
    /// Pixels whose colour is far from grey (the spread of their channels is at least <paramref name="minChroma"/>) and
    /// not black: their brightest channel above <paramref name="maxPrint"/>, or their colour strong for their brightness (a
    /// navy ballpoint). Where a pen stroke or a stamp crosses the print, the pixels are dark and greyish and stay print.
    /// </summary>
    internal static unsafe Mat ColouredInk(Mat bgr, int minChroma, int maxPrint)
    {
        var mask = new Mat(bgr.Size(), MatType.CV_8UC1, Scalar.Black);
        var width = bgr.Width;
        var height = bgr.Height;
        for (var y = 0; y < height; y++)
        {
            var source = new ReadOnlySpan<byte>(bgr.Ptr(y).ToPointer(), 3 * width);
            var target = new Span<byte>(mask.Ptr(y).ToPointer(), width);
            for (int x = 0, i = 0; x < width; x++, i += 3)
            {
                int b = source[i], g = source[i + 1], r = source[i + 2];
                var max = Math.Max(b, Math.Max(g, r));
                var min = Math.Min(b, Math.Min(g, r));
                // Dark and saturated (a navy pen) is ink too; dark and nearly grey is print under a pen or stamp.
                if (max - min >= minChroma && (max > maxPrint || 5 * (max - min) >= 3 * max))
                {
                    target[x] = 255;
                }
            }
        }
        return mask;
    }
}

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
        using var joined = StampAreas(coloured, dpi, options);
        if (joined is null)
        {
            return result;
        }
        // Over a stamp or a signature each pixel is read as its brightest channel lifted by its chroma: coloured ink, pale or
        // strong, comes out at least as bright as the paper (a colour dropout, as form scanners drop a form's colour),
        // paper stays paper and black print stays black.
        // Only the part of the page the stamps and signatures cover is worked on.
        var area = Cv2.BoundingRect(joined);
        using var within = new Mat(joined, area);
        using var target = new Mat(result, area);
        using (var part = new Mat(pixels, area))
        using (var dropped = DropColour(part))
        {
            dropped.CopyTo(target, within);
        }
        // The coloured ink itself becomes the paper around it (dropping the colour leaves dark, saturated ink grey).
        using var greyPart = new Mat(grey, area);
        using var paper = Illumination.Paper(greyPart);
        using var ink = new Mat();
        using (var colouredPart = new Mat(coloured, area))
        {
            Cv2.BitwiseAnd(colouredPart, within, ink);
        }
        paper.CopyTo(target, ink);
        return result;
    }

    /// <summary>
    /// Where the stamps and signatures lie: the coloured ink, its broken strokes joined (a scanner app's enhancement leaves a
    /// stamp's ring pale and broken), in pieces as large as a stamp or a signature, widened by the join; null when there is
    /// none. Found on a map a quarter the page's size, each cell of it coloured where any pixel of its block is: the
    /// pieces are inches across, and the page's JPEG colour noise makes thousands of specks at full size.
    /// </summary>
    private static Mat? StampAreas(Mat coloured, double dpi, ScanOptions options)
    {
        const int Reduction = 4;
        using var coarse = new Mat();
        Cv2.Resize(coloured, coarse, new Size((coloured.Width + Reduction - 1) / Reduction, (coloured.Height + Reduction - 1) / Reduction), 0, 0, InterpolationFlags.Area);
        Cv2.Threshold(coarse, coarse, 0, 255, ThresholdTypes.Binary);
        var reach = Math.Max(1, (int)Math.Round(dpi * StrokeJoinInches / Reduction));
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(2 * reach + 1, 2 * reach + 1));
        Cv2.Dilate(coarse, coarse, kernel);
        var components = new Components(coarse);
        var minSide = options.StampMinInches / 2 * dpi / Reduction;
        var minLength = options.StampMinInches * dpi / Reduction;
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
            return null;
        }
        components.Erase(coarse, small);
        Cv2.Dilate(coarse, coarse, kernel);
        var areas = new Mat();
        Cv2.Resize(coarse, areas, coloured.Size(), 0, 0, InterpolationFlags.Nearest);
        return areas;
    }

    /// <summary>Each pixel's brightest channel plus its chroma (brightest less darkest channel), at most white.</summary>
    internal static Mat DropColour(Mat bgr)
    {
        var (max, min) = Extremes(bgr);
        using (max)
        using (min)
        {
            var result = new Mat();
            // 2 max - min, saturated at 255.
            Cv2.AddWeighted(max, 2, min, -1, 0, result);
            return result;
        }
    }

    /// <summary>
    /// Pixels whose colour is far from grey (the spread of their channels is at least <paramref name="minChroma"/>) and
    /// not black: their brightest channel above <paramref name="maxPrint"/>, or their colour strong for their brightness (a
    /// navy ballpoint). Where a pen stroke or a stamp crosses the print, the pixels are dark and greyish and stay print.
    /// </summary>
    internal static Mat ColouredInk(Mat bgr, int minChroma, int maxPrint)
    {
        var (max, min) = Extremes(bgr);
        using (max)
        using (min)
        using (var chroma = new Mat())
        using (var bright = new Mat())
        using (var strong = new Mat())
        {
            Cv2.Subtract(max, min, chroma);
            var mask = new Mat();
            Cv2.Threshold(chroma, mask, minChroma - 1, 255, ThresholdTypes.Binary);
            Cv2.Threshold(max, bright, maxPrint, 255, ThresholdTypes.Binary);
            // Dark and saturated (a navy pen) is ink too: 5 chroma >= 3 max, computed in 16 bits.
            using var weighed = new Mat();
            Cv2.AddWeighted(chroma, 5, max, -3, 0, weighed, MatType.CV_16S);
            Cv2.Compare(weighed, new Scalar(0), strong, CmpTypes.GE);
            Cv2.BitwiseOr(bright, strong, bright);
            Cv2.BitwiseAnd(mask, bright, mask);
            return mask;
        }
    }

    /// <summary>Per pixel, its brightest and darkest channel.</summary>
    private static (Mat Max, Mat Min) Extremes(Mat bgr)
    {
        var channels = Cv2.Split(bgr);
        try
        {
            var max = new Mat();
            var min = new Mat();
            Cv2.Max(channels[0], channels[1], max);
            Cv2.Max(max, channels[2], max);
            Cv2.Min(channels[0], channels[1], min);
            Cv2.Min(min, channels[2], min);
            return (max, min);
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }
}

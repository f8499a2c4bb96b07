using OpenCvSharp;
using SopIngest.Scan.Grid;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Prepares a decoded page, in order: scale to the OCR resolution -> even out the light -> binarise ->
/// deskew (from the long table lines) -> rectify perspective (from the table's outer border, phone photos).
/// Each step was kept because it measurably helped on the dev corpus (see the report in the tests).
/// </summary>
internal sealed class PagePreparer(ScanOptions options)
{
    /// <param name="source">The page in grey, upright, at its own pixels.</param>
    /// <param name="dpi">The resolution it was scanned at (<see cref="Resolution"/>).</param>
    public PreparedPage Prepare(Mat source, double dpi)
    {
        Mat? grey = null, ink = null;
        LineMasks? lines = null, rulings = null;
        try
        {
            // Scaled to the OCR resolution, but never past MaxPreparedPixels (small print on a large page would otherwise
            // make a page of 40 Mpx and more, and each stage holds several images of it).
            var factor = Math.Min(options.OcrDpi / dpi, Math.Sqrt(options.MaxPreparedPixels / ((double)source.Width * source.Height)));
            grey = Scale(source, factor);
            Replace(ref grey, Illumination.Flatten(grey));
            ink = Illumination.Binarise(grey);
            var skew = Skew.Measure(ink, options.MaxSkewDegrees);
            if (Math.Abs(skew) >= 0.05)
            {
                Replace(ref grey, Skew.Rotate(grey, skew, Scalar.White));
                Replace(ref ink, Illumination.Binarise(grey));
            }
            var rectified = false;
            lines = LineMasks.Find(ink, options);
            if (Perspective.FindTableQuad(lines) is { } quad)
            {
                Replace(ref grey, Perspective.Warp(grey, quad, Scalar.White));
                Replace(ref ink, Illumination.Binarise(grey));
                lines.Dispose();
                lines = null;
                lines = LineMasks.Find(ink, options);
                rectified = true;
            }
            rulings = FindRulings(grey, ink);
            return new PreparedPage(grey, ink, lines, rulings, dpi * factor, skew, rectified);
        }
        catch
        {
            // A failing step (out of memory, a hostile page) must not leave the page's images to the finaliser.
            grey?.Dispose();
            ink?.Dispose();
            lines?.Dispose();
            rulings?.Dispose();
            throw;
        }
    }

    /// <summary>The line masks the grid is found from: faint rulings included (see <see cref="Illumination.WithFaintInk"/>).</summary>
    private LineMasks FindRulings(Mat grey, Mat ink)
    {
        using var faint = Illumination.WithFaintInk(grey, ink, options.FaintLineLevel);
        return LineMasks.Find(faint, options);
    }

    private static Mat Scale(Mat grey, double factor)
    {
        var result = new Mat();
        if (Math.Abs(factor - 1) < 0.05)
        {
            grey.CopyTo(result);
            return result;
        }
        Cv2.Resize(grey, result, new Size(), factor, factor, factor > 1 ? InterpolationFlags.Cubic : InterpolationFlags.Area);
        return result;
    }

    private static void Replace(ref Mat target, Mat value)
    {
        target.Dispose();
        target = value;
    }
}

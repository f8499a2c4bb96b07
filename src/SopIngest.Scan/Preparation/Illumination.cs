using OpenCvSharp;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Evens out uneven light (scanner lid shadow, phone vignette, grey paper) by dividing the page by an
/// estimate of its paper brightness, then binarises with Otsu, which only works once the paper is flat.
/// </summary>
internal static class Illumination
{
    // The background is estimated at 1/8 scale: text strokes vanish under a 7 x 7 max filter there,
    // table lines and page-scale light gradients stay.
    private const int Reduction = 8;

    public static Mat Flatten(Mat grey)
    {
        using var background = Paper(grey);
        var flat = new Mat();
        Cv2.Divide(grey, background, flat, 255);
        return flat;
    }

    /// <summary>The page's paper brightness at every pixel, the print taken away.</summary>
    public static Mat Paper(Mat grey)
    {
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(Math.Max(1, grey.Width / Reduction), Math.Max(1, grey.Height / Reduction)), 0, 0, InterpolationFlags.Area);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(7, 7));
        using var dilated = new Mat();
        Cv2.Dilate(small, dilated, kernel);
        using var paper = new Mat();
        Cv2.MedianBlur(dilated, paper, 5);
        var background = new Mat();
        Cv2.Resize(paper, background, grey.Size(), 0, 0, InterpolationFlags.Linear);
        return background;
    }

    /// <summary>
    /// Ink as the ruling-line search wants it: everything darker than <paramref name="level"/> on the flattened page, as
    /// well as <paramref name="ink"/>, shading aside. A thin ruling printed faint or scanned light is mid grey, which Otsu's
    /// threshold, set between black print and paper, leaves out; long-line openings then take the lines from this.
    /// </summary>
    public static Mat WithFaintInk(Mat flatGrey, Mat ink, int level)
    {
        var faint = new Mat();
        Cv2.Threshold(flatGrey, faint, level, 255, ThresholdTypes.BinaryInv);
        // A shaded cell (a light grey fill behind labels) is faint everywhere: only its dark print and rulings are ink.
        using (var shading = new Mat())
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(ShadingSide, ShadingSide)))
        {
            Cv2.MorphologyEx(faint, shading, MorphTypes.Open, kernel);
            faint.SetTo(Scalar.Black, shading);
        }
        Cv2.BitwiseOr(faint, ink, faint);
        return faint;
    }

    // A faint area this many pixels square and more, solid, is shading; a faint ruling is a few pixels wide.
    private const int ShadingSide = 15;

    public static Mat Binarise(Mat flatGrey)
    {
        var ink = new Mat();
        Cv2.Threshold(flatGrey, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        return ink;
    }
}

using OpenCvSharp;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Finds the sheet of paper in a photo of a page: a bright quadrilateral on a darker table or floor. The photo is cut
/// to the sheet and its perspective undone before anything else, so the sheet's size tells the resolution (A4's longer
/// side) and the sheet's edge is not taken for the frame of a table. A scan, whose paper fills the image, has no darker
/// surround and is left as it is.
/// <code>
///   +---------------------+        +-------------+
///   |   ____________      |        |             |
///   |  /           /      |   ->   |   sheet     |
///   | /   sheet   /       |        |             |
///   |/___________/        |        +-------------+
///   +---------------------+
/// </code>
/// </summary>
internal static class PageFinder
{
    // The sheet is looked for on the photo brought to this longer side.
    private const int WorkSide = 1000;
    // The sheet covers at least this share of the photo, and no more than the second (else there is no surround).
    private const double MinSheetShare = 0.25;
    private const double MaxSheetShare = 0.95;
    // The surround is at least this much darker than the sheet (0..255).
    private const double MinContrast = 40;

    /// <summary>The sheet's corners in the image (top-left, top-right, bottom-right, bottom-left), or null when there is none to cut.</summary>
    public static Point2f[]? Find(Mat grey)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var factor = Math.Min(1.0, (double)WorkSide / Math.Max(grey.Width, grey.Height));
        using var small = new Mat();
        Cv2.Resize(grey, small, new Size(), factor, factor, InterpolationFlags.Area);
        using var blurred = new Mat();
        Cv2.GaussianBlur(small, blurred, new Size(5, 5), 0);
        using var bright = new Mat();
        Cv2.Threshold(blurred, bright, 0, 255, ThresholdTypes.Binary | ThresholdTypes.Otsu);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(15, 15)))
        {
            // The print on the sheet is dark: closed over, the sheet is one bright piece.
            Cv2.MorphologyEx(bright, bright, MorphTypes.Close, kernel);
        }
        Cv2.FindContours(bright, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        var sheet = contours.OrderByDescending(c => Cv2.ContourArea(c)).FirstOrDefault();
        var area = (double)small.Width * small.Height;
        if (sheet is null || Cv2.ContourArea(sheet) is var sheetArea && (sheetArea < MinSheetShare * area || sheetArea > MaxSheetShare * area))
        {
            return null;
        }
        var hull = Cv2.ConvexHull(sheet);
        var corners = Cv2.ApproxPolyDP(hull, 0.02 * Cv2.ArcLength(hull, true), true);
        if (corners.Length != 4 || !HasSurround(blurred, hull))
        {
            return null;
        }
        return Perspective.Order(corners.Select(p => new Point2f((float)(p.X / factor), (float)(p.Y / factor))).ToArray());
    }

    /// <summary>The sheet cut out and made rectangular: as wide and tall as its edges are long on average.</summary>
    public static Mat Cut(Mat image, Point2f[] sheet)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sheet);
        static double Length(Point2f a, Point2f b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
        var width = (int)Math.Round((Length(sheet[0], sheet[1]) + Length(sheet[3], sheet[2])) / 2);
        var height = (int)Math.Round((Length(sheet[0], sheet[3]) + Length(sheet[1], sheet[2])) / 2);
        Point2f[] target = [new(0, 0), new(width - 1, 0), new(width - 1, height - 1), new(0, height - 1)];
        using var transform = Cv2.GetPerspectiveTransform(sheet, target);
        var result = new Mat();
        Cv2.WarpPerspective(image, result, transform, new Size(width, height), InterpolationFlags.Cubic, BorderTypes.Replicate);
        return result;
    }

    /// <summary>Whether what lies outside the sheet is clearly darker than the sheet itself.</summary>
    private static bool HasSurround(Mat grey, Point[] hull)
    {
        using var inside = new Mat(grey.Size(), MatType.CV_8UC1, Scalar.Black);
        Cv2.FillConvexPoly(inside, hull, Scalar.White);
        using var outside = new Mat();
        Cv2.BitwiseNot(inside, outside);
        return Cv2.Mean(grey, inside).Val0 - Cv2.Mean(grey, outside).Val0 >= MinContrast;
    }
}

using OpenCvSharp;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Measures page skew by projection profiles: the ink of a reduced page is projected onto its rows as if
/// the page were turned by each candidate angle, and the angle whose profile is sharpest wins (text lines
/// and table rulings then fall into few rows, with steep edges between them). Coarse steps over the whole
/// range first, then fine steps around the best. This is the method of Leptonica's <c>pixFindSkew</c>; it
/// replaced a full-circle Hough transform that cost a third of a page's whole processing.
/// </summary>
internal static class Skew
{
    // The profile is taken at half size: fine enough for 0.05-degree steps across a page, a quarter of the pixels.
    private const int Reduction = 2;
    private const double CoarseStep = 0.5;
    private const double FineStep = 0.05;
    // Fewer ink pixels than this (at the reduced size) is a blank page: nothing to measure.
    private const int MinInkPixels = 200;

    public static double Measure(Mat ink, double maxDegrees)
    {
        if (maxDegrees <= 0)
        {
            return 0;
        }
        using var small = new Mat();
        Cv2.Resize(ink, small, new Size(Math.Max(1, ink.Width / Reduction), Math.Max(1, ink.Height / Reduction)), 0, 0, InterpolationFlags.Area);
        using var marked = new Mat();
        Cv2.Threshold(small, marked, 100, 255, ThresholdTypes.Binary);
        using var points = new Mat();
        Cv2.FindNonZero(marked, points);
        if (points.Rows < MinInkPixels)
        {
            return 0;
        }
        points.GetArray(out Point[] inked);
        var profile = new int[small.Height + 2 * (int)Math.Ceiling(small.Width * Math.Tan(maxDegrees * Math.PI / 180)) + 2];

        var best = Search(inked, profile, -maxDegrees, maxDegrees, CoarseStep, small.Width, small.Height);
        var fine = Search(inked, profile, Math.Max(-maxDegrees, best - CoarseStep), Math.Min(maxDegrees, best + CoarseStep), FineStep, small.Width, small.Height);
        return Math.Round(fine, 2);
    }

    /// <summary>The angle in [from, to] (steps of <paramref name="step"/>) with the sharpest row profile.</summary>
    private static double Search(Point[] ink, int[] profile, double from, double to, double step, int width, int height)
    {
        var steps = (int)Math.Round((to - from) / step);
        var bestAngle = 0.0;
        var bestScore = double.MinValue;
        var shifts = new int[width];
        for (var i = 0; i <= steps; i++)
        {
            var angle = from + i * step;
            var score = Sharpness(ink, profile, shifts, angle, height);
            // On a tie the angle nearer zero wins: a page that looks the same at several angles is left alone.
            if (score > bestScore || (score == bestScore && Math.Abs(angle) < Math.Abs(bestAngle)))
            {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }

    /// <summary>
    /// Sum of squared differences between neighbouring rows of the profile taken along lines of the given
    /// slope (positive: falling to the right, in image coordinates). Lines of text or rulings lying along the
    /// slope make tall, narrow peaks, which this rewards. A pixel's row in the profile is its own row plus its
    /// column's shift, worked out once per column.
    /// </summary>
    private static double Sharpness(Point[] ink, int[] profile, int[] shifts, double degrees, int height)
    {
        Array.Clear(profile);
        var slope = Math.Tan(degrees * Math.PI / 180);
        var offset = (profile.Length - height) / 2;
        for (var x = 0; x < shifts.Length; x++)
        {
            shifts[x] = (int)Math.Round(-x * slope) + offset;
        }
        foreach (var p in ink)
        {
            var row = p.Y + shifts[p.X];
            if ((uint)row < (uint)profile.Length)
            {
                profile[row]++;
            }
        }
        double sum = 0;
        for (var row = 1; row < profile.Length; row++)
        {
            double d = profile[row] - profile[row - 1];
            sum += d * d;
        }
        return sum;
    }

    public static Mat Rotate(Mat image, double degrees, Scalar border)
    {
        var centre = new Point2f(image.Width / 2f, image.Height / 2f);
        using var matrix = Cv2.GetRotationMatrix2D(centre, degrees, 1);
        var rotated = new Mat();
        Cv2.WarpAffine(image, rotated, matrix, image.Size(), InterpolationFlags.Cubic, BorderTypes.Constant, border);
        return rotated;
    }
}

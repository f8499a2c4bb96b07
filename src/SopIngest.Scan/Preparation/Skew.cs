using OpenCvSharp;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Measures page skew from the long straight lines (table rulings) with a probabilistic Hough transform on
/// a reduced page: the length-weighted median angle of near-horizontal lines. Text-only pages have no such
/// lines and are left as they are.
/// </summary>
internal static class Skew
{
    private const int Reduction = 2;

    public static double Measure(Mat ink, double maxDegrees)
    {
        using var small = new Mat();
        Cv2.Resize(ink, small, new Size(ink.Width / Reduction, ink.Height / Reduction), 0, 0, InterpolationFlags.Area);
        using var lines = new Mat();
        Cv2.Threshold(small, lines, 100, 255, ThresholdTypes.Binary);
        var minLength = Math.Min(small.Width, small.Height) / 4.0;
        var found = Cv2.HoughLinesP(lines, 1, Math.PI / 1800, 200, minLength, 6);
        var angles = new List<(double Angle, double Weight)>();
        foreach (var line in found)
        {
            double dx = line.P2.X - line.P1.X, dy = line.P2.Y - line.P1.Y;
            if (dx < 0)
            {
                dx = -dx;
                dy = -dy;
            }
            var angle = Math.Atan2(dy, dx) * 180 / Math.PI;
            if (Math.Abs(angle) <= maxDegrees)
            {
                angles.Add((angle, Math.Sqrt(dx * dx + dy * dy)));
            }
        }
        return angles.Count == 0 ? 0 : WeightedMedian(angles);
    }

    public static Mat Rotate(Mat image, double degrees, Scalar border)
    {
        var centre = new Point2f(image.Width / 2f, image.Height / 2f);
        using var matrix = Cv2.GetRotationMatrix2D(centre, degrees, 1);
        var rotated = new Mat();
        Cv2.WarpAffine(image, rotated, matrix, image.Size(), InterpolationFlags.Cubic, BorderTypes.Constant, border);
        return rotated;
    }

    private static double WeightedMedian(List<(double Angle, double Weight)> values)
    {
        values.Sort((a, b) => a.Angle.CompareTo(b.Angle));
        var half = values.Sum(v => v.Weight) / 2;
        var sum = 0.0;
        foreach (var (angle, weight) in values)
        {
            sum += weight;
            if (sum >= half)
            {
                return angle;
            }
        }
        return values[^1].Angle;
    }
}

using OpenCvSharp;

namespace SopIngest.Scan.Grid;

/// <summary>
/// Turns the line masks into straight segments: connected components of each mask, thin ones only (a
/// filled logo survives the open but is not a line), with collinear pieces joined across small gaps
/// (JPEG and binarisation break faint lines).
/// </summary>
internal static class SegmentFinder
{
    public static List<Segment> Find(Mat mask, bool horizontal, double maxThickness, double joinGap, double alignTolerance)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(mask, labels, stats, centroids, PixelConnectivity.Connectivity8);
        var pieces = new List<Segment>();
        for (var i = 1; i < count; i++)
        {
            int x = stats.At<int>(i, 0), y = stats.At<int>(i, 1), w = stats.At<int>(i, 2), h = stats.At<int>(i, 3);
            var thickness = horizontal ? h : w;
            if (thickness > maxThickness)
            {
                // A skew remnant makes a long line a few px thicker than its stroke; a blob is much thicker.
                var area = stats.At<int>(i, 4);
                var length = horizontal ? w : h;
                if ((double)area / length > maxThickness)
                {
                    continue;
                }
                thickness = (int)Math.Ceiling((double)area / length);
            }
            pieces.Add(horizontal
                ? new Segment(true, centroids.At<double>(i, 1), x, x + w, thickness)
                : new Segment(false, centroids.At<double>(i, 0), y, y + h, thickness));
        }
        return Join(pieces, joinGap, alignTolerance);
    }

    private static List<Segment> Join(List<Segment> pieces, double gap, double tolerance)
    {
        var ordered = pieces.OrderBy(s => s.Start).ToList();
        var result = new List<Segment>();
        foreach (var piece in ordered)
        {
            var index = result.FindIndex(s => Math.Abs(s.Position - piece.Position) <= tolerance && piece.Start - s.End <= gap && s.End >= piece.Start - gap);
            if (index < 0)
            {
                result.Add(piece);
                continue;
            }
            var s = result[index];
            var total = s.Length + piece.Length;
            result[index] = s with
            {
                Position = total <= 0 ? s.Position : (s.Position * s.Length + piece.Position * piece.Length) / total,
                End = Math.Max(s.End, piece.End),
                Thickness = Math.Max(s.Thickness, piece.Thickness),
            };
        }
        return result;
    }
}

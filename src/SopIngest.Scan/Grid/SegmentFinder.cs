using OpenCvSharp;
using SopIngest.Scan.Imaging;

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
        var components = new Components(mask);
        var pieces = new List<Segment>();
        for (var i = 1; i < components.Count; i++)
        {
            var box = components.Box(i);
            int x = box.X, y = box.Y, w = box.Width, h = box.Height;
            var thickness = horizontal ? h : w;
            if (thickness > maxThickness)
            {
                // A skew remnant makes a long line a few px thicker than its stroke; a blob is much thicker.
                var area = components.Area(i);
                var length = horizontal ? w : h;
                if ((double)area / length > maxThickness)
                {
                    continue;
                }
                thickness = (int)Math.Ceiling((double)area / length);
            }
            pieces.Add(horizontal
                ? new Segment(true, components.Centroid(i).Y, x, x + w, thickness)
                : new Segment(false, components.Centroid(i).X, y, y + h, thickness));
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

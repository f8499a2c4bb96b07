using OpenCvSharp;
using SopIngest.Scan.Grid;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Straightens a phone photo: the largest table's outer border should be a rectangle; when it is a clear
/// quadrilateral instead, the page is warped so that it becomes one. Scans (already rectangular after
/// deskew) are left alone.
/// </summary>
internal static class Perspective
{
    // The table must cover this share of the page to be trusted as the page's frame.
    private const double MinTableArea = 0.12;
    // Corners off their rectangle by less than this share of the table size are not worth a warp.
    private const double MinCornerOffset = 0.003;

    public static Point2f[]? FindTableQuad(LineMasks masks)
    {
        var page = masks.Joined.Size();
        Cv2.FindContours(masks.Joined, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        var largest = contours.OrderByDescending(c => Cv2.ContourArea(c)).FirstOrDefault();
        if (largest is null || Cv2.ContourArea(largest) < MinTableArea * page.Width * page.Height)
        {
            return null;
        }
        var hull = Cv2.ConvexHull(largest);
        var polygon = Cv2.ApproxPolyDP(hull, 0.02 * Cv2.ArcLength(hull, true), true);
        if (polygon.Length != 4)
        {
            return null;
        }
        var quad = Order(polygon.Select(p => new Point2f(p.X, p.Y)).ToArray());
        var target = Target(quad);
        var size = Math.Max(target[2].X - target[0].X, target[2].Y - target[0].Y);
        var offset = quad.Zip(target, (a, b) => Math.Max(Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y))).Max();
        return offset < MinCornerOffset * size ? null : quad;
    }

    public static Mat Warp(Mat image, Point2f[] quad, Scalar border)
    {
        using var transform = Cv2.GetPerspectiveTransform(quad, Target(quad));
        var result = new Mat();
        Cv2.WarpPerspective(image, result, transform, image.Size(), InterpolationFlags.Cubic, BorderTypes.Constant, border);
        return result;
    }

    /// <summary>The rectangle the quad should be: mean edge positions, so the table keeps its place and size.</summary>
    private static Point2f[] Target(Point2f[] q)
    {
        float left = (q[0].X + q[3].X) / 2, right = (q[1].X + q[2].X) / 2;
        float top = (q[0].Y + q[1].Y) / 2, bottom = (q[2].Y + q[3].Y) / 2;
        return [new(left, top), new(right, top), new(right, bottom), new(left, bottom)];
    }

    /// <summary>Top-left, top-right, bottom-right, bottom-left.</summary>
    internal static Point2f[] Order(Point2f[] p)
    {
        var bySum = p.OrderBy(x => x.X + x.Y).ToArray();
        var byDiff = p.OrderBy(x => x.X - x.Y).ToArray();
        return [bySum[0], byDiff[^1], bySum[^1], byDiff[0]];
    }
}

using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Scan.Grid;

/// <summary>Layout boxes (fractional page pixels) as OpenCV rectangles.</summary>
internal static class PixelRect
{
    /// <summary>The whole pixels a box touches, clipped to a width x height image.</summary>
    public static Rect Covering(Box box, int width, int height)
    {
        var x = Math.Clamp((int)box.X, 0, width);
        var y = Math.Clamp((int)box.Y, 0, height);
        var right = Math.Clamp((int)Math.Ceiling(box.Right) + 1, 0, width);
        var bottom = Math.Clamp((int)Math.Ceiling(box.Bottom) + 1, 0, height);
        return new Rect(x, y, right - x, bottom - y);
    }
}

using OpenCvSharp;

namespace SopIngest.Scan.Imaging;

/// <summary>
/// The morphological opening of a binary image (pixels 0 or 255) by a straight line of <c>length</c> pixels (a 1 x length or
/// length x 1 rectangle), computed from runs of set pixels instead of a sliding minimum and maximum over every
/// pixel: on a binary image the opening keeps exactly the runs at least that long. The result is pixel for pixel
/// OpenCV's <c>MorphologyEx(Open)</c> with its defaults, which is why two of its details are kept: the kernel's
/// anchor is its middle rounded down, so for an even length every kept run comes out shifted one pixel right (or
/// down); and the image border counts as ink while eroding, so a run touching the border survives when it is
/// longer than the part of the kernel on its inner side.
/// </summary>
internal static class LineOpening
{
    public static Mat Open(Mat binary, int length, bool horizontal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (horizontal)
        {
            var result = new Mat(binary.Size(), MatType.CV_8UC1, Scalar.Black);
            OpenRows(binary, result, length);
            return result;
        }
        // Columns are the rows of the transposed image.
        using var transposed = new Mat();
        Cv2.Transpose(binary, transposed);
        using var opened = new Mat(transposed.Size(), MatType.CV_8UC1, Scalar.Black);
        OpenRows(transposed, opened, length);
        var back = new Mat();
        Cv2.Transpose(opened, back);
        return back;
    }

    private static void OpenRows(Mat binary, Mat result, int length)
    {
        var source = new Plane(binary);
        var target = new Plane(result);
        var width = source.Width;
        var anchor = length / 2;
        for (var y = 0; y < source.Height; y++)
        {
            var row = source.Row(y);
            for (var x = 0; Plane.NextRun(row, ref x, out var start);)
            {
                // Erosion: the pixels whose whole kernel window lies on the run or off the image.
                var from = start == 0 ? 0 : start + anchor;
                var to = x == width ? width : x - length + anchor + 1;
                if (from >= to)
                {
                    continue;
                }
                // Dilation of what is left: every pixel whose window reaches it (off the image counts as paper).
                var left = Math.Max(0, from + anchor - length + 1);
                var right = Math.Min(width, to + anchor);
                target.Row(y)[left..right].Fill(255);
            }
        }
    }
}

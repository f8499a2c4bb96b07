using OpenCvSharp;

namespace SopIngest.Scan.Grid;

/// <summary>
/// Horizontal and vertical line pixels of a binarised page: a morphological open with a long thin kernel
/// keeps only runs longer than the kernel, which letters never are.
/// </summary>
internal sealed record LineMasks(Mat Horizontal, Mat Vertical) : IDisposable
{
    public static LineMasks Find(Mat ink, ScanOptions options)
    {
        var length = Math.Max(15, (int)(Math.Max(ink.Width, ink.Height) * options.MinRulingFraction));
        return new LineMasks(Open(ink, new Size(length, 1)), Open(ink, new Size(1, length)));
    }

    private static Mat Open(Mat ink, Size size)
    {
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, size);
        var result = new Mat();
        Cv2.MorphologyEx(ink, result, MorphTypes.Open, kernel);
        return result;
    }

    public void Dispose()
    {
        Horizontal.Dispose();
        Vertical.Dispose();
    }
}

using OpenCvSharp;
using SopIngest.Scan.Imaging;

namespace SopIngest.Scan.Grid;

/// <summary>
/// Horizontal and vertical line pixels of a binarised page: a morphological open with a long thin kernel
/// keeps only runs longer than the kernel, which letters never are. <see cref="Joined"/> is both, widened by
/// 2 pixels: the lines with their edges, as the perspective and cleaning stages use them.
/// </summary>
internal sealed record LineMasks(Mat Horizontal, Mat Vertical, Mat Joined) : IDisposable
{
    public static LineMasks Find(Mat ink, ScanOptions options)
    {
        var length = Math.Max(15, (int)(Math.Max(ink.Width, ink.Height) * options.MinRulingFraction));
        var horizontal = LineOpening.Open(ink, length, horizontal: true);
        var vertical = LineOpening.Open(ink, length, horizontal: false);
        var joined = new Mat();
        Cv2.BitwiseOr(horizontal, vertical, joined);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5)))
        {
            Cv2.Dilate(joined, joined, kernel);
        }
        return new LineMasks(horizontal, vertical, joined);
    }

    public void Dispose()
    {
        Horizontal.Dispose();
        Vertical.Dispose();
        Joined.Dispose();
    }
}

using OpenCvSharp;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Quarter turns of a decoded page. The binding offers no orientation detection (OSD), so the reader reads a
/// page upright first and only when that read is poor (a page scanned sideways or upside down gives few,
/// unsure words) tries the other three turns and keeps the surest.
/// </summary>
internal static class Orientation
{
    public static IReadOnlyList<int> Retries { get; } = [180, 90, 270];

    public static Mat Turn(Mat image, int degrees)
    {
        var turned = new Mat();
        switch (degrees)
        {
            case 90:
                Cv2.Rotate(image, turned, RotateFlags.Rotate90Clockwise);
                break;
            case 180:
                Cv2.Rotate(image, turned, RotateFlags.Rotate180);
                break;
            case 270:
                Cv2.Rotate(image, turned, RotateFlags.Rotate90Counterclockwise);
                break;
            default:
                image.CopyTo(turned);
                break;
        }
        return turned;
    }
}

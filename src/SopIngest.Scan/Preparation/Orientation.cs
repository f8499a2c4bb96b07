using OpenCvSharp;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// Quarter turns of a decoded page. The reader reads a page as it lies first (Tesseract's orientation detection
/// costs about what reading the page does, so it is not run on every page) and only when that read is poor (a
/// page scanned sideways or upside down gives few, unsure words) asks the detection which way the text lies.
/// </summary>
internal static class Orientation
{
    private static readonly int[] AllTurns = [180, 90, 270];

    /// <summary>
    /// The clockwise turns to read a poorly read page at: the one the detection is sure of (none when it is sure
    /// the page lies upright), else all three.
    /// </summary>
    public static IReadOnlyList<int> TurnsToTry(PageOrientation? detected, double minConfidence) =>
        detected is { } guess && guess.Confidence >= minConfidence
            ? guess.UprightTurn == 0 ? [] : [guess.UprightTurn]
            : AllTurns;

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

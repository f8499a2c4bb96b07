using OpenCvSharp;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// How an image's pixel grid lies on a page as a viewer shows it: one of the eight quarter turns and mirrorings.
/// A scanner or phone app often stores a landscape page's pixels portrait and shows them landscape through the
/// page's <c>/Rotate</c>, the image's placement matrix, or both (one app stores its rows bottom up and flips them
/// back in the matrix). The page is read the way the viewer shows it, so the turn is applied when the page is loaded.
/// <code>
///   pixels            Clockwise          Counterclockwise    AntiTranspose
///   A B C             G D A              C F I               I F C
///   D E F             H E B              B E H               H E B
///   G H I             I F C              A D G               G D A
/// </code>
/// </summary>
internal enum Placement
{
    Upright,
    Clockwise,
    UpsideDown,
    Counterclockwise,
    MirroredLeftRight,
    MirroredTopBottom,
    Transpose,
    AntiTranspose,
}

internal static class PlacementExtensions
{
    /// <summary>
    /// The placement from where the image's rows and columns run on the shown page (y pointing down): <paramref name="row"/>
    /// is the direction of a pixel row (left to right in the image), <paramref name="column"/> that of a pixel column (top
    /// to bottom). Null when either is not along a page axis (an image placed at a slant).
    /// </summary>
    public static Placement? FromAxes((double X, double Y) row, (double X, double Y) column)
    {
        var r = Axis(row);
        var c = Axis(column);
        return (r, c) switch
        {
            ((1, 0), (0, 1)) => Placement.Upright,
            ((0, 1), (-1, 0)) => Placement.Clockwise,
            ((-1, 0), (0, -1)) => Placement.UpsideDown,
            ((0, -1), (1, 0)) => Placement.Counterclockwise,
            ((-1, 0), (0, 1)) => Placement.MirroredLeftRight,
            ((1, 0), (0, -1)) => Placement.MirroredTopBottom,
            ((0, 1), (1, 0)) => Placement.Transpose,
            ((0, -1), (-1, 0)) => Placement.AntiTranspose,
            _ => null,
        };
    }

    /// <summary>True when the placement swaps the image's width and height.</summary>
    public static bool SwapsSides(this Placement placement) =>
        placement is Placement.Clockwise or Placement.Counterclockwise or Placement.Transpose or Placement.AntiTranspose;

    /// <summary>The image as the page shows it; <paramref name="image"/> is disposed unless it is returned as it is.</summary>
    public static Mat Apply(this Placement placement, Mat image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (placement == Placement.Upright)
        {
            return image;
        }
        var result = new Mat();
        try
        {
            switch (placement)
            {
                case Placement.Clockwise:
                    Cv2.Rotate(image, result, RotateFlags.Rotate90Clockwise);
                    break;
                case Placement.UpsideDown:
                    Cv2.Rotate(image, result, RotateFlags.Rotate180);
                    break;
                case Placement.Counterclockwise:
                    Cv2.Rotate(image, result, RotateFlags.Rotate90Counterclockwise);
                    break;
                case Placement.MirroredLeftRight:
                    Cv2.Flip(image, result, FlipMode.Y);
                    break;
                case Placement.MirroredTopBottom:
                    Cv2.Flip(image, result, FlipMode.X);
                    break;
                case Placement.Transpose:
                    Cv2.Transpose(image, result);
                    break;
                case Placement.AntiTranspose:
                    // Transposed, then turned half way: the pixel at the top left ends at the bottom right.
                    Cv2.Transpose(image, result);
                    Cv2.Rotate(result, result, RotateFlags.Rotate180);
                    break;
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }
        image.Dispose();
        return result;
    }

    private static (int, int) Axis((double X, double Y) direction)
    {
        var length = Math.Sqrt(direction.X * direction.X + direction.Y * direction.Y);
        if (length <= 0)
        {
            return (0, 0);
        }
        // Within about half a degree of an axis: a placement rounded by the producer still counts.
        const double along = 0.9999;
        var x = direction.X / length;
        var y = direction.Y / length;
        return x >= along ? (1, 0) : x <= -along ? (-1, 0) : y >= along ? (0, 1) : y <= -along ? (0, -1) : (0, 0);
    }
}

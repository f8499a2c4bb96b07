using OpenCvSharp;

namespace SopIngest.Scan.Imaging;

/// <summary>
/// The rows of an 8-bit single-channel image, its pointer and stride read once (each read is a call into OpenCV).
/// The image must outlive the plane.
/// </summary>
internal readonly unsafe struct Plane
{
    private readonly byte* _data;
    private readonly long _stride;

    public Plane(Mat image)
    {
        if (image.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("Expected an 8-bit single-channel image.", nameof(image));
        }
        _data = image.DataPointer;
        _stride = image.Step();
        Width = image.Width;
        Height = image.Height;
    }

    public int Width { get; }

    public int Height { get; }

    public Span<byte> Row(int y) => new(_data + y * _stride, Width);

    /// <summary>
    /// The next run of set (non-zero) pixels in <paramref name="row"/> at or after <paramref name="x"/>: its first
    /// column in <paramref name="start"/>, the column past its end in <paramref name="x"/>. False when none is left.
    /// </summary>
    public static bool NextRun(ReadOnlySpan<byte> row, ref int x, out int start)
    {
        start = x < row.Length ? row[x..].IndexOfAnyExcept((byte)0) : -1;
        if (start < 0)
        {
            x = row.Length;
            return false;
        }
        start += x;
        var length = row[start..].IndexOf((byte)0);
        x = length < 0 ? row.Length : start + length;
        return true;
    }
}

namespace SopIngest.Tesseract;

/// <summary>
/// A rectangle in image pixels, origin top-left, right and bottom exclusive (as Tesseract reports them).
/// <code>
///  (Left,Top) +-----------+
///             |           | Height
///             +-----------+ (Right,Bottom)
///                 Width
/// </code>
/// </summary>
public readonly record struct OcrBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;
    public int Height => Bottom - Top;

    public static OcrBox FromSize(int left, int top, int width, int height) => new(left, top, left + width, top + height);

    public bool Contains(OcrBox other) =>
        other.Left >= Left && other.Top >= Top && other.Right <= Right && other.Bottom <= Bottom;
}

using OpenCvSharp;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// The 8-connected components of a binary image: their label image and boxes, read once, and per-component
/// work done inside each component's box rather than over the whole page (most components are letters a few
/// dozen pixels across on a page of millions).
/// </summary>
internal sealed class Components : IDisposable
{
    private readonly Mat _labels = new();
    private readonly int[] _stats;
    private readonly int _stride;

    public Components(Mat binary)
    {
        using var stats = new Mat();
        using var centroids = new Mat();
        Count = Cv2.ConnectedComponentsWithStats(binary, _labels, stats, centroids, PixelConnectivity.Connectivity8);
        stats.GetArray(out _stats);
        _stride = stats.Cols;
        Width = binary.Width;
        Height = binary.Height;
    }

    /// <summary>Components including the background, label 0.</summary>
    public int Count { get; }

    private int Width { get; }

    private int Height { get; }

    public Rect Box(int label) => new(_stats[label * _stride], _stats[label * _stride + 1], _stats[label * _stride + 2], _stats[label * _stride + 3]);

    public int Area(int label) => _stats[label * _stride + 4];

    /// <summary>Marks every component that has a pixel set in <paramref name="mask"/> within <paramref name="areas"/>.</summary>
    public unsafe void MarkTouching(Mat mask, IEnumerable<Rect> areas, bool[] marked)
    {
        var labels = new ReadOnlySpan<int>(_labels.DataPointer, Width * Height);
        var pixels = new ReadOnlySpan<byte>(mask.DataPointer, Width * Height);
        foreach (var area in areas)
        {
            for (var y = area.Top; y < area.Bottom; y++)
            {
                for (int i = y * Width + area.Left, end = y * Width + area.Right; i < end; i++)
                {
                    if (pixels[i] != 0 && labels[i] > 0)
                    {
                        marked[labels[i]] = true;
                    }
                }
            }
        }
    }

    /// <summary>How many of the component's pixels are set in <paramref name="mask"/>.</summary>
    public unsafe int CountWhere(int label, Mat mask)
    {
        var labels = new ReadOnlySpan<int>(_labels.DataPointer, Width * Height);
        var pixels = new ReadOnlySpan<byte>(mask.DataPointer, Width * Height);
        var box = Box(label);
        var count = 0;
        for (var y = box.Top; y < box.Bottom; y++)
        {
            for (int i = y * Width + box.Left, end = y * Width + box.Right; i < end; i++)
            {
                if (labels[i] == label && pixels[i] != 0)
                {
                    count++;
                }
            }
        }
        return count;
    }

    /// <summary>Whether <paramref name="image"/> has any pixel set within <paramref name="area"/>.</summary>
    public static unsafe bool AnySet(Mat image, Rect area)
    {
        var pixels = new ReadOnlySpan<byte>(image.DataPointer, image.Width * image.Height);
        for (var y = area.Top; y < area.Bottom; y++)
        {
            if (pixels.Slice(y * image.Width + area.Left, area.Width).ContainsAnyExcept((byte)0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Paper (0) in <paramref name="image"/> wherever a marked component lies.</summary>
    public unsafe void Erase(Mat image, bool[] marked)
    {
        var labels = new ReadOnlySpan<int>(_labels.DataPointer, Width * Height);
        var pixels = new Span<byte>(image.DataPointer, Width * Height);
        long boxes = 0;
        for (var label = 1; label < Count; label++)
        {
            boxes += marked[label] ? (long)Box(label).Width * Box(label).Height : 0;
        }
        if (boxes > (long)Width * Height)
        {
            // Many large components (a hostile page): one pass over the page is cheaper than box by box.
            for (var i = 0; i < labels.Length; i++)
            {
                if (labels[i] > 0 && marked[labels[i]])
                {
                    pixels[i] = 0;
                }
            }
            return;
        }
        for (var label = 1; label < Count; label++)
        {
            if (!marked[label])
            {
                continue;
            }
            var box = Box(label);
            for (var y = box.Top; y < box.Bottom; y++)
            {
                for (int i = y * Width + box.Left, end = y * Width + box.Right; i < end; i++)
                {
                    if (labels[i] == label)
                    {
                        pixels[i] = 0;
                    }
                }
            }
        }
    }

    public void Dispose() => _labels.Dispose();
}

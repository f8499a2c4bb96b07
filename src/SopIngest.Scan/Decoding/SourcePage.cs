using OpenCvSharp;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// A page waiting to be read: <see cref="Load"/> produces its 8-bit image on the worker that OCRs it,
/// so rasterising and decoding run in parallel and only the pages being worked on sit in memory.
/// Load throws <see cref="PageUnreadableException"/> for a page that cannot be turned into an image.
/// </summary>
internal sealed record SourcePage(int Number, Func<CancellationToken, PageRaster> Load);

/// <summary>
/// A decoded page upright as shown: 8-bit pixels, three channels (BGR) when the source has colour, one when grey, and
/// the resolution its file declares, if any (often wrong: see <see cref="Preparation.Resolution"/>).
/// </summary>
internal sealed record PageRaster(Mat Pixels, double? DeclaredDpi) : IDisposable
{
    public void Dispose() => Pixels.Dispose();
}

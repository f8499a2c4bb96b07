using OpenCvSharp;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// A page waiting to be read: <see cref="Load"/> produces its 8-bit grey image on the worker that OCRs it,
/// so rasterising and decoding run in parallel and only the pages being worked on sit in memory.
/// Load throws <see cref="PageUnreadableException"/> for a page that cannot be turned into an image.
/// </summary>
internal sealed record SourcePage(int Number, Func<CancellationToken, PageRaster> Load);

/// <summary>A decoded page: grey pixels plus the resolution they were scanned at (estimated when unknown).</summary>
internal sealed record PageRaster(Mat Grey, double Dpi) : IDisposable
{
    public void Dispose() => Grey.Dispose();
}

namespace SopIngest.Scan.Decoding;

/// <summary>Pixel dimensions of one encoded image as its header declares them (not yet decoded).</summary>
internal readonly record struct ImageSize(long Width, long Height)
{
    public long Pixels => Width * Height;
}

namespace SopIngest.Pdf;

/// <summary>
/// What a PDF may ask of a reader before it is refused as hostile, checked before PdfPig parses the file (structure)
/// and while it decodes streams (sizes). Each refusal names the limit it passed. Defaults are far beyond any SOP:
/// office exports nest forms two or three deep and decode a page to a few megabytes.
/// </summary>
public sealed record PdfLimits
{
    private const long MiB = 1024 * 1024;

    /// <summary>
    /// Largest decoded size of one stream. A 60-Mpx page image (ScanOptions.MaxPixels) in RGB is 180 MB; a decompression
    /// bomb is refused here instead of filling memory.
    /// </summary>
    public long MaxDecodedStreamBytes { get; init; } = 256 * MiB;

    /// <summary>
    /// Largest expansion of a stream (decoded bytes per stored byte) once it decodes to more than
    /// <see cref="RatioCheckFromBytes"/>. One Flate stage cannot pass about 1,030; chained filters (a bomb) can.
    /// </summary>
    public double MaxDecodeRatio { get; init; } = 2000;

    /// <summary>Streams that decode to less than this are never refused for their ratio (a blank page compresses very well).</summary>
    public long RatioCheckFromBytes { get; init; } = 8 * MiB;

    /// <summary>Arrays and dictionaries inside each other, in one object.</summary>
    public int MaxObjectNesting { get; init; } = 100;

    /// <summary>
    /// Objects that are nothing but a reference to the next, in a row. PdfPig follows such chains recursively, so a
    /// chain that comes back to its start overflows the stack; one that loops is refused whatever this limit.
    /// </summary>
    public int MaxReferenceChain { get; init; } = 16;

    /// <summary>
    /// Form XObjects drawn inside form XObjects, counted from the page. PdfPig draws forms recursively: a form that
    /// draws itself (directly or through others) is refused whatever this limit, and thousands of nested forms
    /// overflow the stack.
    /// </summary>
    public int MaxFormNesting { get; init; } = 24;

    /// <summary>Objects in one file (an SOP has hundreds, a 100-page scan a few thousand).</summary>
    public int MaxObjects { get; init; } = 500_000;

    public PdfLimits Validate()
    {
        if (MaxDecodedStreamBytes < MiB || RatioCheckFromBytes < 0 || MaxDecodeRatio < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodedStreamBytes),
                "PdfLimits: MaxDecodedStreamBytes must be at least 1 MiB, RatioCheckFromBytes not negative and MaxDecodeRatio at least 10.");
        }
        if (MaxObjectNesting is < 8 or > 10_000 || MaxReferenceChain is < 1 or > 1_000_000 || MaxFormNesting is < 1 or > 1_000_000 || MaxObjects < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxObjectNesting),
                "PdfLimits: MaxObjectNesting must be 8-10000, MaxReferenceChain and MaxFormNesting 1-1000000, MaxObjects at least 100.");
        }
        return this;
    }
}

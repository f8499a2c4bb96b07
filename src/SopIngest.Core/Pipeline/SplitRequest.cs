using SopIngest.Core.Splitting;

namespace SopIngest.Core.Pipeline;

/// <summary>
/// How a file is cut into SOPs: found by the splitter (the default), or as a reviewer set it (<see cref="Ranges"/>: merged
/// with the next SOP, split at a page); <see cref="AsSop"/> reads a file judged not an SOP as one anyway.
/// </summary>
public sealed record SplitRequest
{
    public static SplitRequest Default { get; } = new();

    /// <summary>The whole file as one SOP, whatever it looks like (the behaviour before SOP books were split).</summary>
    public static SplitRequest WholeFile { get; } = new() { Ranges = [new PageRange(1, int.MaxValue)], AsSop = true };

    /// <summary>The SOPs' page ranges, as a reviewer set them; null to find them.</summary>
    public IReadOnlyList<PageRange>? Ranges { get; init; }

    /// <summary>Read the file as an SOP even when it does not look like one.</summary>
    public bool AsSop { get; init; }
}

using System.Text.Json.Serialization;

namespace SopIngest.Core.Layout;

/// <summary>
/// One source page; width and height in the unit of its boxes (0 when the source has no pages): points for a digital PDF,
/// the prepared raster's pixels for a scan. <see cref="Image"/> is that raster when the reader was asked to keep it.
/// </summary>
public sealed record LayoutPage(int Number, IReadOnlyList<Block> Blocks, double Width = 0, double Height = 0)
{
    /// <summary>The page as the reader saw it (scans with <c>ScanOptions.KeepPageImages</c>); not part of the layout JSON.</summary>
    [JsonIgnore]
    public PageImage? Image { get; init; }
}

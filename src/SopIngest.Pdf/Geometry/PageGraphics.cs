using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Geometry;

/// <summary>
/// The vector content of one page that matters for layout: straight lines, closed outlines, and the frames
/// content is cut at (the page and its printable-area clip), where a table broken over pages ends without
/// a border.
/// </summary>
internal sealed record PageGraphics(IReadOnlyList<Ruling> Rulings, IReadOnlyList<Outline> Outlines)
{
    public static PageGraphics Empty { get; } = new([], []);

    public IReadOnlyList<Box> Frames { get; init; } = [];
}

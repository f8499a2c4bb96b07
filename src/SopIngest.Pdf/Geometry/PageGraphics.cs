namespace SopIngest.Pdf.Geometry;

/// <summary>The vector content of one page that matters for layout: straight lines and closed outlines.</summary>
internal sealed record PageGraphics(IReadOnlyList<Ruling> Rulings, IReadOnlyList<Outline> Outlines)
{
    public static PageGraphics Empty { get; } = new([], []);
}

using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Geometry;

/// <summary>
/// A closed vector outline (a flowchart symbol candidate): its corner points in drawing order, top-left
/// origin, and whether any side is a curve (capsules and circles are drawn with Béziers).
/// </summary>
internal sealed record Outline(IReadOnlyList<PointD> Points, bool HasCurves)
{
    /// <summary>False for an area only filled, never outlined: a symbol's fill (its outline follows) or shading.</summary>
    public bool Stroked { get; init; } = true;

    public Box Box { get; } = Points.Count == 0
        ? default
        : Box.FromEdges(Points.Min(p => p.X), Points.Min(p => p.Y), Points.Max(p => p.X), Points.Max(p => p.Y));
}

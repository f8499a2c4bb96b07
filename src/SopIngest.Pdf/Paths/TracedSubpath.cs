using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Paths;

/// <summary>One subpath after tracing: its corner points, its straight sides, and whether it is closed.</summary>
internal sealed record TracedSubpath(Outline Outline, IReadOnlyList<(PointD From, PointD To)> Segments, bool IsClosed);

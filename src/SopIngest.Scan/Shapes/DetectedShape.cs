using SopIngest.Core.Layout;

namespace SopIngest.Scan.Shapes;

/// <summary>A flowchart symbol found on the page, with the box of its outline in page pixels.</summary>
internal sealed record DetectedShape(MarkKind Kind, Box Box);

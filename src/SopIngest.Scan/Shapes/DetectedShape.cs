using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Scan.Shapes;

/// <summary>
/// A flowchart symbol found on the page: its kind, the box of its outline and the outline's inner contour
/// (page pixels), which the OCR cleaner paints over.
/// </summary>
internal sealed record DetectedShape(MarkKind Kind, Box Box, Point[] Outline);

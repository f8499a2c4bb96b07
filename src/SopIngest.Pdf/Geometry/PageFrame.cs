using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Geometry;

/// <summary>
/// Maps PdfPig's page space to the layout model's frame. PdfPig already applies /Rotate (a rotated page
/// reports swapped width and height), so what is left is flipping y: PDF's origin is bottom-left, the
/// layout model's is top-left.
/// </summary>
internal sealed record PageFrame(double Width, double Height)
{
    public PointD Map(double x, double y) => new(x, Height - y);

    public Box MapBox(double left, double bottom, double right, double top) =>
        Box.FromEdges(Math.Min(left, right), Height - Math.Max(bottom, top), Math.Max(left, right), Height - Math.Min(bottom, top));
}

namespace SopIngest.Web.Storage;

/// <summary>
/// The geometry contract between flag boxes and page images (<see cref="BlobKeys.PageGeometry"/>): for each stored page
/// image, the size of its page in the unit of the flag boxes (<see cref="Width"/>, <see cref="Height"/>: points for a digital
/// PDF, prepared raster pixels for a scan) and the image's own pixels. A box (x, y, w, h) lies on the image at
/// (x, y, w, h) * <see cref="ImageWidth"/> / <see cref="Width"/>; no reader's unit needs guessing.
/// </summary>
public sealed record PageGeometry(int Number, double Width, double Height, int ImageWidth, int ImageHeight);

/// <summary>Every page image of a document and its <see cref="PageGeometry"/>, as stored beside the images.</summary>
public sealed record PageGeometrySet(IReadOnlyList<PageGeometry> Pages);

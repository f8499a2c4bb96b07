namespace SopIngest.Isolation.Protocol;

/// <summary>
/// A page as the <see cref="Attachment.Pages"/> attachment lists it: number and size in box units, and when the reader
/// kept the page's image, its media type and pixels (the bytes follow as a <see cref="Attachment.PageImage"/> attachment).
/// </summary>
internal sealed record PageEntry(int Number, double Width, double Height, string? ImageType = null, int ImageWidth = 0, int ImageHeight = 0);

namespace SopIngest.Core.Layout;

/// <summary>
/// The raster a reader measured a page's boxes on, encoded (a scan after straightening and scaling: its pixels are the
/// page's box units). Hosts show it beside the extracted values, so a flag's box lands on the word it names without
/// rasterising the page a second time. <see cref="Width"/> and <see cref="Height"/> are the image's pixels.
/// </summary>
public sealed record PageImage(ReadOnlyMemory<byte> Content, string MediaType, int Width, int Height);

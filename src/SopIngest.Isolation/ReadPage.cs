using SopIngest.Core.Layout;

namespace SopIngest.Isolation;

/// <summary>
/// One page of a document read in a reader process: its number, its size in the unit of its boxes (points for a digital
/// PDF, the prepared raster's pixels for a scan), and the raster the reader measured it on when it kept one.
/// </summary>
public sealed record ReadPage(int Number, double Width, double Height, PageImage? Image);

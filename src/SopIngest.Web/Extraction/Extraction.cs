using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Web.Extraction;

/// <summary>
/// What extracting one document gives the host: the SOP, and per page the size of the page in the unit of its flag boxes
/// (points for a digital PDF, the prepared raster's pixels for a scan), with that raster when the reader kept it.
/// </summary>
public sealed record Extraction(SopDocument Sop, IReadOnlyList<ExtractedPage> Pages);

/// <summary>One page of an <see cref="Extraction"/>: its number, its size in box units, and the reader's image of it if any.</summary>
public sealed record ExtractedPage(int Number, double Width, double Height, PageImage? Image);

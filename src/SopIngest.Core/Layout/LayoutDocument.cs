using SopIngest.Core.Model;

namespace SopIngest.Core.Layout;

/// <summary>
/// The intermediate layout model every reader produces and the one SOP parser consumes.
/// <see cref="Problems"/> holds what the reader could not read (a page that failed OCR) as flags.
/// </summary>
public sealed record LayoutDocument(IReadOnlyList<LayoutPage> Pages, ExtractionMethod Method, int? PageCount,
    double? MeanConfidence = null)
{
    public IReadOnlyList<Flag> Problems { get; init; } = [];

    public IEnumerable<Block> Blocks => Pages.SelectMany(p => p.Blocks);
}

using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace SopIngest.Pdf.Safety;

/// <summary>PdfPig's filters, each wrapped in a <see cref="LimitedFilter"/> of one document's guard.</summary>
internal sealed class LimitedFilterProvider(PdfDecodeGuard guard) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new LimitedFilter(f, guard))];
}

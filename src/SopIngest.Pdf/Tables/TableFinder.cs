using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Tables;

/// <summary>All ruled tables of a page: join pieces, prune connectors and underlines, one grid per group.</summary>
internal static class TableFinder
{
    public static IReadOnlyList<TableGrid> Find(IEnumerable<Ruling> rulings, GridOptions options)
    {
        var lines = RulingNetwork.Prune(RulingNetwork.Join(rulings, options), options);
        return RulingNetwork.Components(lines, options)
            .Select(group => GridBuilder.Build(group, options))
            .OfType<TableGrid>()
            .OrderBy(g => g.Rows[0])
            .ToList();
    }
}

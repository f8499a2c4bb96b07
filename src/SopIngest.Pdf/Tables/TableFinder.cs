using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Tables;

/// <summary>All ruled tables of a page: join pieces, prune connectors and underlines, one grid per group.</summary>
internal static class TableFinder
{
    public static IReadOnlyList<TableGrid> Find(IEnumerable<Ruling> rulings, GridOptions options, IReadOnlyList<Box>? frames = null)
    {
        var lines = RulingNetwork.Prune(RulingNetwork.Join(rulings, options), options, frames);
        return RulingNetwork.Components(lines, options)
            .Select(group => GridBuilder.Build(group, options))
            .OfType<TableGrid>()
            .OrderBy(g => g.Rows[0])
            .ToList();
    }
}

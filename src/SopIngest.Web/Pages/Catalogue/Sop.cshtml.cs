using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Catalogue;
using SopIngest.Web.Store;

namespace SopIngest.Web.Pages.Catalogue;

/// <summary>
/// One published SOP: its rendered page (the print-ready HTML, sandboxed), downloads, and its history: every version,
/// who published it from which file, and what changed against the version before.
/// </summary>
public sealed class SopModel(CatalogueService catalogue) : PageModel
{
    public CatalogueEntry Entry { get; private set; } = null!;
    public IReadOnlyList<SopVersionHead> History { get; private set; } = [];

    /// <summary>Per version (but the first), the values changed against the version before it.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<FieldChange>> Changes { get; private set; } = new Dictionary<int, IReadOnlyList<FieldChange>>();

    public SopLinks Links => CatalogueService.Links(Entry.SopId, Entry.Version);

    public async Task<IActionResult> OnGetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        var entry = await catalogue.FindAsync(id, version, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        History = await catalogue.HistoryAsync(id, cancellationToken);
        var changes = new Dictionary<int, IReadOnlyList<FieldChange>>();
        CatalogueEntry? previous = null;
        foreach (var head in History)
        {
            var current = await catalogue.FindAsync(id, head.Version, cancellationToken);
            if (previous is not null && current is not null)
            {
                changes[head.Version] = CatalogueService.Changes(previous, current);
            }
            previous = current;
        }
        Changes = changes;
        return Page();
    }
}

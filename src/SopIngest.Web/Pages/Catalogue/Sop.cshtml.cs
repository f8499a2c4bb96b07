using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Catalogue;

namespace SopIngest.Web.Pages.Catalogue;

/// <summary>One published SOP: its rendered page (the print-ready HTML, sandboxed), downloads and versions.</summary>
public sealed class SopModel(CatalogueService catalogue) : PageModel
{
    public CatalogueEntry Entry { get; private set; } = null!;
    public IReadOnlyList<int> Versions { get; private set; } = [];
    public SopLinks Links => CatalogueService.Links(Entry.SopId, Entry.Version);

    public async Task<IActionResult> OnGetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        var entry = await catalogue.FindAsync(id, version, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        Versions = await catalogue.VersionsAsync(id, cancellationToken);
        return Page();
    }
}

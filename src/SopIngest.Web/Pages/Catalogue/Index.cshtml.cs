using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Catalogue;

namespace SopIngest.Web.Pages.Catalogue;

/// <summary>The site's front page: the published SOPs, searchable, for everyone.</summary>
public sealed class IndexModel(CatalogueService catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await catalogue.SearchAsync(Q, Unit, cancellationToken);
        Units = await catalogue.UnitsAsync(cancellationToken);
    }
}

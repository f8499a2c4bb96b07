using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Auth;
using SopIngest.Web.Store;

namespace SopIngest.Web.Pages.Inbox;

/// <summary>Every document with its state and flag counts; filters, search, upload, live status while jobs run.</summary>
public sealed class IndexModel(SopStore store, CatalogueQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Flag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>> FlagCounts { get; private set; } =
        new Dictionary<Guid, IReadOnlyDictionary<string, int>>();
    public IReadOnlyDictionary<DocumentStatus, int> Counts { get; private set; } = new Dictionary<DocumentStatus, int>();

    public bool CanUpload => User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin);
    public bool Busy => Documents.Any(d => d.Status is DocumentStatus.Queued or DocumentStatus.Processing);

    public static IReadOnlyList<string> FlagCodes { get; } =
        Enum.GetNames<Core.Model.FlagCode>().Select(SopStore.Kebab).ToList();

    public int Count(IReadOnlyDictionary<string, int>? counts, string severity) =>
        counts is not null && counts.TryGetValue(severity, out var n) ? n : 0;

    public async Task<IActionResult> OnGetAsync(bool rows, CancellationToken cancellationToken)
    {
        DocumentStatus? status = DocumentStatusNames.TryParse(Status, out var s) ? s : null;
        var baseQuery = new DocumentQuery { Status = status, FlagCode = string.IsNullOrWhiteSpace(Flag) ? null : Flag, Take = 500 };
        if (string.IsNullOrWhiteSpace(Q))
        {
            Documents = await store.QueryAsync(baseQuery, cancellationToken);
        }
        else
        {
            // one box searches title, unit and number: three part-matches, merged
            var found = new List<DocumentRecord>();
            found.AddRange(await store.QueryAsync(baseQuery with { Title = Q }, cancellationToken));
            found.AddRange(await store.QueryAsync(baseQuery with { Unit = Q }, cancellationToken));
            found.AddRange(await store.QueryAsync(baseQuery with { Number = Q }, cancellationToken));
            Documents = found.DistinctBy(d => d.Id).OrderBy(d => d.CreatedAt).ToList();
        }
        Documents = Documents.OrderByDescending(d => d.CreatedAt).ToList();
        FlagCounts = await queries.FlagCountsAsync(Documents.Select(d => d.Id).ToList(), cancellationToken);
        Counts = await store.CountByStatusAsync(cancellationToken);
        return rows ? Partial("_Rows", this) : Page();
    }
}

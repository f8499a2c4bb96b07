using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Auth;
using SopIngest.Web.Review;
using SopIngest.Web.Store;

namespace SopIngest.Web.Pages.Inbox;

/// <summary>
/// Every document, a page at a time: state, flag counts, filters, search, sorting by upload time, status or flags;
/// upload; live status while jobs run; approving or publishing the selected documents at once (the same rules as one
/// by one, <see cref="ReviewService"/>).
/// </summary>
public sealed class IndexModel(SopStore store, ReviewService review) : PageModel
{
    public const int DefaultPageSize = 50;
    public static readonly IReadOnlyList<int> PageSizes = [25, 50, 100, 200];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Flag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary><c>uploaded</c> (default), <c>status</c> or <c>flags</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary><c>asc</c> or <c>desc</c> (default: newest, latest in life, most flagged first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = DefaultPageSize;

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];
    public IReadOnlyDictionary<DocumentStatus, int> Counts { get; private set; } = new Dictionary<DocumentStatus, int>();
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + Size - 1) / Size);

    public bool CanUpload => CanApprove;
    public bool CanApprove => User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin);
    public bool CanPublish => User.IsInRole(Roles.Publisher) || User.IsInRole(Roles.Admin);
    public bool CanSelect => CanApprove || CanPublish;
    public bool Busy => Documents.Any(d => d.Status is DocumentStatus.Queued or DocumentStatus.Processing);

    public static IReadOnlyList<string> FlagCodes { get; } =
        Enum.GetNames<Core.Model.FlagCode>().Select(SopStore.Kebab).ToList();

    public DocumentSort SortBy => Sort switch
    {
        "status" => DocumentSort.Status,
        "flags" => DocumentSort.Flags,
        _ => DocumentSort.Uploaded,
    };

    public bool Descending => !string.Equals(Order, "asc", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(bool rows, CancellationToken cancellationToken)
    {
        Size = PageSizes.Contains(Size) ? Size : DefaultPageSize;
        var query = Query();
        Total = await store.CountAsync(query, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Documents = await store.QueryAsync(query with { Skip = (PageNumber - 1) * Size, Take = Size }, cancellationToken);
        Counts = await store.CountByStatusAsync(cancellationToken);
        return rows ? Partial("_Rows", this) : Page();
    }

    /// <summary>Approves or publishes the selected documents, each by the rules of one; says what happened to each.</summary>
    public async Task<IActionResult> OnPostBulkAsync(List<Guid> ids, string? action, string? overrideReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (action == "publish" ? !CanPublish : !CanApprove)
        {
            return Forbid();
        }
        if (ids.Count == 0)
        {
            Message = "Pilih dokumen dulu (kotak centang di kiri).";
            return Redirect(ReturnUrl());
        }
        var outcomes = action == "publish"
            ? await review.PublishManyAsync(ids, Actor.Of(User), string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim(), cancellationToken)
            : await review.ApproveManyAsync(ids, Actor.Of(User), cancellationToken);
        var done = outcomes.Count(o => o.Problem is null);
        var refused = outcomes.Where(o => o.Problem is not null).ToList();
        var verb = action == "publish" ? "diterbitkan" : "disetujui";
        Message = refused.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{done} dokumen {verb}.")
            : string.Create(CultureInfo.InvariantCulture, $"{done} dokumen {verb}; {refused.Count} tidak: ") +
              string.Join(" · ", await Task.WhenAll(refused.Select(async o => $"{await NameAsync(o.Id, cancellationToken)}: {o.Problem}")));
        return Redirect(ReturnUrl());
    }

    /// <summary>The inbox URL with this page's filters and order, changed by <paramref name="change"/> (null removes a key).</summary>
    public string Link(params (string Key, string? Value)[] change)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["status"] = Status, ["flag"] = Flag, ["q"] = Q, ["sort"] = Sort, ["order"] = Order,
            ["size"] = Size == DefaultPageSize ? null : Size.ToString(CultureInfo.InvariantCulture),
            ["p"] = PageNumber == 1 ? null : PageNumber.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in change)
        {
            values[key] = value;
        }
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return query.Length == 0 ? "/kotak-masuk" : "/kotak-masuk?" + query;
    }

    /// <summary>The link of a sortable column: this order reversed when it is the current one, else that order from its natural end.</summary>
    public string SortUrl(string sort) =>
        string.Equals(Sort ?? "uploaded", sort, StringComparison.Ordinal)
            ? Link(("sort", sort), ("order", Descending ? "asc" : null), ("p", null))
            : Link(("sort", sort), ("order", null), ("p", null));

    public string SortMark(string sort) =>
        string.Equals(Sort ?? "uploaded", sort, StringComparison.Ordinal) ? (Descending ? " ▼" : " ▲") : "";

    private DocumentQuery Query() => new()
    {
        Status = DocumentStatusNames.TryParse(Status, out var s) ? s : null,
        FlagCode = string.IsNullOrWhiteSpace(Flag) ? null : Flag,
        Text = string.IsNullOrWhiteSpace(Q) ? null : Q,
        Sort = SortBy,
        Descending = Descending,
    };

    // the bulk form posts to the page it was on: back there, filters and page kept
    private string ReturnUrl() => Link();

    private async Task<string> NameAsync(Guid id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } d ? d.Title ?? d.FileName : id.ToString();
}

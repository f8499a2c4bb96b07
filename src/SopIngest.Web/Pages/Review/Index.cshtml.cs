using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SopIngest.Core.Model;
using SopIngest.Web.Auth;
using SopIngest.Web.Jobs;
using SopIngest.Web.Review;
using SopIngest.Web.Store;

namespace SopIngest.Web.Pages.Review;

/// <summary>
/// The review screen: page image beside the whole SOP as a form. Save = a new revision (flags recomputed),
/// approve (reviewer), publish (publisher; with remaining error flags only with a written reason).
/// </summary>
public sealed class IndexModel(SopStore store, ReviewService review, IOptions<JobOptions> jobs, Storage.IBlobStore blobs) : PageModel
{
    public DocumentRecord Document { get; private set; } = null!;
    public SopDocument Sop { get; private set; } = null!;
    public RevisionRecord Revision { get; private set; } = null!;
    public IReadOnlyList<RevisionRecord> Revisions { get; private set; } = [];
    public IReadOnlyList<PublicationRecord> Publications { get; private set; } = [];

    [BindProperty]
    public SopForm Form { get; set; } = new();

    [BindProperty]
    public int BasedOnRevision { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public bool CanEdit => User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Admin);
    public bool CanPublish => User.IsInRole(Roles.Publisher) || User.IsInRole(Roles.Admin);
    public int ErrorFlags => Sop.Flags.Count(f => f.Severity == FlagSeverity.Error);

    /// <summary>
    /// Multiplies a flag box into page-image pixels: PDF boxes are in points (page images at PageImageDpi), picture
    /// boxes in the original's pixels (page images scaled down to PageImageMaxPixels on the long side).
    /// </summary>
    public double BoxScale { get; private set; } = 1.0;

    public IEnumerable<Flag> FlagsFor(string field) =>
        Sop.Flags.Where(f => string.Equals(f.Field, field, StringComparison.Ordinal));

    public IEnumerable<Flag> FlagsUnder(string prefix) =>
        Sop.Flags.Where(f => f.Field.StartsWith(prefix, StringComparison.Ordinal));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = SopForm.From(Sop);
        BasedOnRevision = Revision.Number;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        var current = await store.GetRevisionAsync(id, BasedOnRevision, cancellationToken);
        var currentSop = current is null ? null : SopJson.Deserialize(current.Json);
        if (currentSop is null)
        {
            return NotFound();
        }
        var edited = Form.ToDocument(currentSop);
        try
        {
            var saved = await review.SaveAsync(id, edited, Actor.Of(User), SopForm.Text(Form.Comment), BasedOnRevision, cancellationToken);
            Message = $"Tersimpan sebagai revisi {saved.Number}.";
            return RedirectToPage(new { id });
        }
        catch (StoreConflictException e)
        {
            Problem = "Tidak tersimpan: " + e.Message;
            await LoadAsync(id, cancellationToken);
            return Page(); // keep the reviewer's edits on screen
        }
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        try
        {
            await review.ApproveAsync(id, Actor.Of(User), cancellationToken);
            Message = "Disetujui. Penerbit dapat menerbitkan SOP ini.";
        }
        catch (StoreConflictException e)
        {
            Message = "Tidak dapat disetujui: " + e.Message;
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanPublish)
        {
            return Forbid();
        }
        var outcome = await review.PublishAsync(id, Actor.Of(User), SopForm.Text(OverrideReason), cancellationToken);
        Message = outcome.Published is { } p
            ? $"Diterbitkan sebagai versi {p.Version} ({p.SopId})."
            : "Tidak diterbitkan: " + outcome.Problem;
        return RedirectToPage(new { id });
    }

    public static IReadOnlyList<FieldChange> ChangesOf(RevisionRecord revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return JsonSerializer.Deserialize<List<FieldChange>>(revision.Changes) ?? [];
    }

    private async Task<double> BoxScaleAsync(CancellationToken cancellationToken)
    {
        if (Document.MediaType.Contains("pdf", StringComparison.OrdinalIgnoreCase))
        {
            return jobs.Value.PageImageDpi / 72.0;
        }
        if (Document.PageImages == 0 || !Sop.Flags.Any(f => f.Box is not null))
        {
            return 1.0;
        }
        var size = await PictureSize.GetAsync(Document.Sha256, async () =>
            (await blobs.GetAsync(Storage.BlobKeys.Original(Document.Sha256), cancellationToken))?.Content);
        return size is { } s ? Math.Min(1.0, (double)jobs.Value.PageImageMaxPixels / Math.Max(s.Width, s.Height)) : 1.0;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await store.FindAsync(id, cancellationToken);
        if (document is null || document.CurrentRevision == 0)
        {
            return false;
        }
        var revision = await store.GetRevisionAsync(id, null, cancellationToken);
        var sop = revision is null ? null : SopJson.Deserialize(revision.Json);
        if (revision is null || sop is null)
        {
            return false;
        }
        (Document, Revision, Sop) = (document, revision, sop);
        BoxScale = await BoxScaleAsync(cancellationToken);
        Revisions = await store.GetRevisionsAsync(id, cancellationToken);
        Publications = await store.GetPublicationsAsync(id, cancellationToken);
        return true;
    }
}

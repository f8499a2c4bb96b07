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
public sealed class IndexModel(SopStore store, ReviewService review, CatalogueQueries catalogue, PageImageRenderer pageImages,
    IOptions<JobOptions> jobs, Storage.IBlobStore blobs) : PageModel
{
    public DocumentRecord Document { get; private set; } = null!;
    public SopDocument Sop { get; private set; } = null!;
    public RevisionRecord Revision { get; private set; } = null!;
    public IReadOnlyList<RevisionRecord> Revisions { get; private set; } = [];
    public IReadOnlyList<PublicationRecord> Publications { get; private set; } = [];

    /// <summary>The published SOP this document is a revised version of; null when it is (or will be) an SOP of its own.</summary>
    public PublishedSopChoice? LinkedSop { get; private set; }

    /// <summary>The published SOPs a reviewer may say this document revises.</summary>
    public IReadOnlyList<PublishedSopChoice> SopChoices { get; private set; } = [];

    /// <summary>The version number publishing now would give.</summary>
    public int NextVersion { get; private set; } = 1;

    public bool HasOwnPublications => Publications.Count > 0;

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
    /// Each page image's page size in flag-box units (<see cref="Storage.PageGeometry"/>): the page's script puts a box on its
    /// image at box * image width / page width. Null for documents extracted before the geometry was stored; then
    /// <see cref="BoxScale"/> is the old estimate.
    /// </summary>
    public Storage.PageGeometrySet? Geometry { get; private set; }

    /// <summary>
    /// Without <see cref="Geometry"/> (older documents): multiplies a flag box into page-image pixels, taking PDF boxes as
    /// points (page images at PageImageDpi) and picture boxes as the original's pixels. Wrong for scans, whose boxes are
    /// in prepared pixels; extracting the document again stores its geometry.
    /// </summary>
    public double BoxScale { get; private set; } = 1.0;

    /// <summary>The page numbers that have an image, for the page switch.</summary>
    public IReadOnlyList<int> ImagePages => Geometry is { } g ? g.Pages.Select(p => p.Number).ToList() : Enumerable.Range(1, Document.PageImages).ToList();

    /// <summary><see cref="Geometry"/> for the page's script: {"1": [width, height], ...} in box units.</summary>
    public string GeometryJson => Geometry is { } g
        ? JsonSerializer.Serialize(g.Pages.ToDictionary(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p => new[] { p.Width, p.Height }))
        : "{}";

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
            Problem = "Tidak tersimpan: " + e.ForUser;
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
            Message = "Tidak dapat disetujui: " + e.ForUser;
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

    /// <summary>A reviewer says which published SOP this document is a revised version of (<paramref name="sopId"/>), or none.</summary>
    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid? sopId, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        try
        {
            await review.LinkAsync(id, sopId, cancellationToken);
            Message = sopId is null ? "Dokumen ini akan terbit sebagai SOP baru." : "Dokumen ini akan terbit sebagai versi baru SOP yang dipilih.";
        }
        catch (StoreConflictException e)
        {
            Message = "Tidak dapat ditautkan: " + e.ForUser;
        }
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
        var size = await Storage.PictureSize.GetAsync(Document.Sha256, async () =>
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
        Geometry = document.PageImages > 0 ? await pageImages.GeometryAsync(document.Sha256, cancellationToken) : null;
        BoxScale = Geometry is null ? await BoxScaleAsync(cancellationToken) : 1.0;
        Revisions = await store.GetRevisionsAsync(id, cancellationToken);
        Publications = await store.GetPublicationsAsync(id, cancellationToken);
        var published = await catalogue.PublishedSopsAsync(cancellationToken);
        LinkedSop = document.SopId == document.Id ? null : published.FirstOrDefault(c => c.SopId == document.SopId);
        SopChoices = published.Where(c => c.SopId != document.SopId)
            .OrderBy(c => c.Unit, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase).ToList();
        NextVersion = (published.FirstOrDefault(c => c.SopId == document.SopId)?.Version ?? 0) + 1;
        return true;
    }
}

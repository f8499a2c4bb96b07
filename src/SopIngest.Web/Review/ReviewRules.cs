using System.Text.Json;
using SopIngest.Core.Model;
using SopIngest.Core.Validation;
using SopIngest.Web.Store;

namespace SopIngest.Web.Review;

/// <summary>
/// The review rules, in one place for every way in (the review page, the inbox's bulk actions, the document API
/// and the extraction job): which flags an edited SOP has, which status flags give, and when publishing needs a
/// written reason. Pure functions; <see cref="ReviewService"/> applies them around the store.
/// </summary>
public static class ReviewRules
{
    /// <summary>The shortest override reason accepted for publishing with error flags.</summary>
    public const int MinOverrideReasonLength = 10;

    /// <summary>A document needs review when any flag is an error or a warning; info flags alone leave it ready.</summary>
    public static DocumentStatus StatusFor(SopDocument sop)
    {
        ArgumentNullException.ThrowIfNull(sop);
        return sop.Flags.Any(f => f.Severity is FlagSeverity.Error or FlagSeverity.Warning) ? DocumentStatus.NeedsReview : DocumentStatus.Ready;
    }

    /// <summary>
    /// An edited SOP as it is stored: its values on <paramref name="current"/>'s source, and flags recomputed from
    /// those values, whatever flags the editor sent. The flags a validator cannot recompute from values (OCR
    /// confidence with its page and box, an unreadable page) are kept from <paramref name="current"/> for fields
    /// the edit left unchanged.
    /// </summary>
    public static SopDocument Revalidate(SopDocument edited, SopDocument current)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(current);
        var values = edited with { Source = current.Source, Flags = [] };
        var kept = current.Flags
            .Where(f => f.Code is FlagCode.LowConfidence or FlagCode.UnreadableSource && Unchanged(f.Field, current, values))
            .ToList();
        return SopValidator.Validate(values, problems: kept);
    }

    /// <summary>Error flags of the SOP: each one is a reason the publisher must state to publish it anyway.</summary>
    public static int ErrorFlags(SopDocument sop)
    {
        ArgumentNullException.ThrowIfNull(sop);
        return sop.Flags.Count(f => f.Severity == FlagSeverity.Error);
    }

    /// <summary>Null when <paramref name="sop"/> may be published with <paramref name="overrideReason"/>; else why not (Indonesian, for the publisher).</summary>
    public static string? PublishProblem(SopDocument sop, string? overrideReason)
    {
        var errors = ErrorFlags(sop);
        return errors > 0 && (overrideReason is null || overrideReason.Trim().Length < MinOverrideReasonLength)
            ? $"masih ada {errors} tanda galat; perbaiki dulu, atau tulis alasan menerbitkan (minimal {MinOverrideReasonLength} karakter)."
            : null;
    }

    private static bool Unchanged(string field, SopDocument before, SopDocument after) =>
        string.Equals(FieldValue(field, before), FieldValue(field, after), StringComparison.Ordinal);

    // A cheap look at one top-level field ('title', 'steps[2].activity' -> 'steps'), enough to tell "edited" from "kept".
    private static string FieldValue(string field, SopDocument sop)
    {
        var top = field.Split('.', '[')[0];
        var json = JsonSerializer.SerializeToElement(sop with { Flags = [] }, SopJson.Options);
        return json.TryGetProperty(top, out var value) ? value.GetRawText() : "";
    }
}

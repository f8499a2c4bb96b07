using SopIngest.Core.Model;
using SopIngest.Web.Review;
using SopIngest.Web.Store;

namespace SopIngest.Web.Tests.Review;

/// <summary>The review rules every way in shares (page, bulk actions, API, extraction job): flags, status, publishing.</summary>
public sealed class ReviewRulesTests
{
    private static Flag Some(FlagSeverity severity, string field = "title", FlagCode code = FlagCode.MissingField) =>
        new(code, field, severity, "uji");

    [Theory]
    [InlineData(new FlagSeverity[0], DocumentStatus.Ready)]
    [InlineData(new[] { FlagSeverity.Info }, DocumentStatus.Ready)]
    [InlineData(new[] { FlagSeverity.Info, FlagSeverity.Info }, DocumentStatus.Ready)]
    [InlineData(new[] { FlagSeverity.Warning }, DocumentStatus.NeedsReview)]
    [InlineData(new[] { FlagSeverity.Info, FlagSeverity.Error }, DocumentStatus.NeedsReview)]
    public void Status_is_needs_review_with_any_error_or_warning_else_ready(FlagSeverity[] severities, DocumentStatus expected)
    {
        var sop = new SopDocument { Flags = severities.Select(s => Some(s)).ToList() };

        Assert.Equal(expected, ReviewRules.StatusFor(sop));
    }

    [Theory]
    [InlineData(0, null, true)]
    [InlineData(0, "", true)]
    [InlineData(1, null, false)]
    [InlineData(1, "singkat", false)]
    [InlineData(1, "   123456789   ", false)]
    [InlineData(1, "1234567890", true)]
    [InlineData(3, "nomor menyusul dari bagian hukum", true)]
    public void Publishing_with_error_flags_needs_a_reason_of_ten_characters(int errors, string? reason, bool allowed)
    {
        var sop = new SopDocument { Flags = [.. Enumerable.Repeat(Some(FlagSeverity.Error), errors), Some(FlagSeverity.Warning)] };

        var problem = ReviewRules.PublishProblem(sop, reason);

        Assert.Equal(allowed, problem is null);
        if (!allowed)
        {
            Assert.Contains($"{errors} tanda galat", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Revalidation_recomputes_flags_from_the_values_and_ignores_the_flags_sent()
    {
        var current = new SopDocument { Title = "Judul", Source = SourceInfo.Unknown with { FileName = "scan.pdf" } };
        var forged = current with { Title = null, Source = SourceInfo.Unknown, Flags = [Some(FlagSeverity.Info, "number", FlagCode.LowConfidence)] };

        var stored = ReviewRules.Revalidate(forged, current);

        Assert.Equal("scan.pdf", stored.Source.FileName);
        Assert.Contains(stored.Flags, f => f is { Code: FlagCode.MissingField, Field: "title", Severity: FlagSeverity.Error });
        Assert.DoesNotContain(stored.Flags, f => f.Code == FlagCode.LowConfidence);
        Assert.Equal(Core.Validation.SopValidator.Validate(forged with { Source = current.Source, Flags = [] }).Flags, stored.Flags);
    }

    [Fact]
    public void An_OCR_confidence_flag_stays_while_its_field_is_unchanged_and_goes_when_it_is_edited()
    {
        var low = new Flag(FlagCode.LowConfidence, "title", FlagSeverity.Info, "Teks \"Judu1\" terbaca dengan keyakinan rendah") { Page = 1, Box = [10, 20, 300, 30] };
        var current = new SopDocument { Title = "Judu1", Number = "SOP/1", Flags = [low] };

        var numberEdited = ReviewRules.Revalidate(current with { Number = "SOP/2", Flags = [] }, current);
        var titleEdited = ReviewRules.Revalidate(current with { Title = "Judul", Flags = [] }, current);

        Assert.Contains(low, numberEdited.Flags);
        Assert.DoesNotContain(titleEdited.Flags, f => f.Code == FlagCode.LowConfidence);
    }
}

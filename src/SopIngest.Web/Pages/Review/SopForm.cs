using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Web.Pages.Review;

/// <summary>
/// The review form: every editable value of an SOP as the text a reviewer sees. Dates, durations and legal
/// bases are edited as written and parsed again on save (the reviewer fixes the text, not the ISO value).
/// </summary>
public sealed class SopForm
{
    public string? Title { get; set; }
    public string? Number { get; set; }
    public string? Government { get; set; }
    public string? Unit { get; set; }
    public string? SubUnit { get; set; }
    public string? Created { get; set; }
    public string? Revised { get; set; }
    public string? Effective { get; set; }
    public string? ApprovalTitle { get; set; }
    public string? ApprovalName { get; set; }
    public string? ApprovalRank { get; set; }
    public string? ApprovalNip { get; set; }
    public string? SignaturePlace { get; set; }
    public string? SignatureDate { get; set; }
    public List<string?> LegalBasis { get; set; } = [];
    public List<string?> Qualifications { get; set; } = [];
    public List<string?> RelatedSops { get; set; } = [];
    public List<string?> Equipment { get; set; } = [];
    public List<string?> Warnings { get; set; } = [];
    public List<string?> Records { get; set; } = [];
    public List<string?> Actors { get; set; } = [];
    public List<StepForm> Steps { get; set; } = [];
    public string? Comment { get; set; }

    /// <summary>The six section lists, in the order of the SOP AP layout: (field name, form property, Indonesian label).</summary>
    public static IReadOnlyList<(string Field, string Property, string Label)> Sections { get; } =
    [
        ("legalBasis", nameof(LegalBasis), "Dasar Hukum"),
        ("qualifications", nameof(Qualifications), "Kualifikasi Pelaksana"),
        ("relatedSops", nameof(RelatedSops), "Keterkaitan"),
        ("equipment", nameof(Equipment), "Peralatan / Perlengkapan"),
        ("warnings", nameof(Warnings), "Peringatan"),
        ("records", nameof(Records), "Pencatatan dan Pendataan"),
    ];

    public List<string?> Section(string property) => property switch
    {
        nameof(LegalBasis) => LegalBasis,
        nameof(Qualifications) => Qualifications,
        nameof(RelatedSops) => RelatedSops,
        nameof(Equipment) => Equipment,
        nameof(Warnings) => Warnings,
        nameof(Records) => Records,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "not a section"),
    };

    public static SopForm From(SopDocument sop)
    {
        ArgumentNullException.ThrowIfNull(sop);
        return new SopForm
        {
            Title = sop.Title,
            Number = sop.Number,
            Government = sop.Agency.Government,
            Unit = sop.Agency.Unit,
            SubUnit = sop.Agency.SubUnit,
            Created = sop.Dates.Created.Raw,
            Revised = sop.Dates.Revised.Raw,
            Effective = sop.Dates.Effective.Raw,
            ApprovalTitle = sop.Approval.Title,
            ApprovalName = sop.Approval.Name,
            ApprovalRank = sop.Approval.Rank,
            ApprovalNip = sop.Approval.Nip,
            SignaturePlace = sop.Signature?.Place,
            SignatureDate = sop.Signature?.Date.Raw,
            LegalBasis = sop.LegalBasis.Select(l => (string?)l.Text).ToList(),
            Qualifications = [.. sop.Qualifications],
            RelatedSops = [.. sop.RelatedSops],
            Equipment = [.. sop.Equipment],
            Warnings = [.. sop.Warnings],
            Records = [.. sop.Records],
            Actors = [.. sop.Actors],
            Steps = sop.Steps.Select(StepForm.From).ToList(),
        };
    }

    /// <summary>
    /// The edited values on top of <paramref name="current"/> (source info kept), without flags: saving recomputes them
    /// (<see cref="Review.ReviewRules.Revalidate"/>).
    /// </summary>
    public SopDocument ToDocument(SopDocument current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var legal = Clean(LegalBasis);
        return current with
        {
            Title = Text(Title),
            Number = Text(Number),
            Agency = new Agency(Text(Government), Text(Unit), Text(SubUnit)),
            Dates = new SopDates(Date(Created, current.Dates.Created), Date(Revised, current.Dates.Revised), Date(Effective, current.Dates.Effective)),
            Approval = new Approval(Text(ApprovalTitle), Text(ApprovalName), Text(ApprovalRank), Text(ApprovalNip)),
            LegalBasis = legal.Select(t => current.LegalBasis.FirstOrDefault(l => string.Equals(l.Text, t, StringComparison.Ordinal))
                                           ?? LegalBasisParser.Parse(t)).ToList(),
            Qualifications = Clean(Qualifications),
            RelatedSops = Clean(RelatedSops),
            Equipment = Clean(Equipment),
            Warnings = Clean(Warnings),
            Records = Clean(Records),
            Actors = Clean(Actors),
            Steps = Steps.Where(s => !s.IsBlank).Select((s, i) => s.ToStep(current.Steps.ElementAtOrDefault(i))).ToList(),
            Signature = Text(SignaturePlace) is null && Text(SignatureDate) is null
                ? null
                : new Signature(Text(SignaturePlace), Date(SignatureDate, current.Signature?.Date ?? SopDate.Blank)),
            Flags = [],
        };
    }

    private static SopDate Date(string? raw, SopDate current)
    {
        var text = Text(raw);
        if (text is null)
        {
            return SopDate.Blank;
        }
        return string.Equals(text, current.Raw, StringComparison.Ordinal) ? current : IndonesianDates.Parse(text);
    }

    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Clean(IEnumerable<string?> values) => values.Select(Text).OfType<string>().ToList();
}

/// <summary>One row of the steps table.</summary>
public sealed class StepForm
{
    public int? No { get; set; }
    public string? Activity { get; set; }
    public List<string> Actors { get; set; } = [];
    public string? Shape { get; set; }
    public string? Requirements { get; set; }
    public string? Duration { get; set; }
    public string? Output { get; set; }
    public string? Notes { get; set; }

    public bool IsBlank => SopForm.Text(Activity) is null && No is null && Actors.Count == 0 && SopForm.Text(Output) is null;

    public static StepForm From(Step step) => new()
    {
        No = step.No,
        Activity = step.Activity,
        Actors = [.. step.Actors],
        Shape = step.Shape?.ToString().ToLowerInvariant(),
        Requirements = step.Requirements,
        Duration = step.Duration.Raw,
        Output = step.Output,
        Notes = step.Notes,
    };

    public Step ToStep(Step? before)
    {
        var raw = SopForm.Text(Duration);
        var duration = raw is null ? Core.Model.Duration.Blank
            : before is not null && string.Equals(before.Duration.Raw, raw, StringComparison.Ordinal) ? before.Duration
            : Durations.Parse(raw, null);
        StepShape? shape = Enum.TryParse<StepShape>(Shape, ignoreCase: true, out var parsed) ? parsed : null;
        return new Step(No, SopForm.Text(Activity) ?? "", Actors.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            shape, SopForm.Text(Requirements), duration, SopForm.Text(Output), SopForm.Text(Notes));
    }
}

namespace SopIngest.Core.Model;

/// <summary>
/// One structured SOP, exactly the shape of <c>docs/sop.schema.json</c>. Unknown values are null,
/// never invented; every problem found is also in <see cref="Flags"/>.
/// </summary>
public sealed record SopDocument
{
    public string SchemaVersion { get; init; } = "1.0";
    public string? Title { get; init; }
    public string? Number { get; init; }
    public Agency Agency { get; init; } = new(null, null, null);
    public SopDates Dates { get; init; } = new(SopDate.Blank, SopDate.Blank, SopDate.Blank);
    public Approval Approval { get; init; } = new(null, null, null, null);
    public IReadOnlyList<LegalBasis> LegalBasis { get; init; } = [];
    public IReadOnlyList<string> Qualifications { get; init; } = [];
    public IReadOnlyList<string> RelatedSops { get; init; } = [];
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<string> Records { get; init; } = [];
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<Step> Steps { get; init; } = [];
    public Signature? Signature { get; init; }
    public IReadOnlyList<Flag> Flags { get; init; } = [];
    public SourceInfo Source { get; init; } = SourceInfo.Unknown;
}

public sealed record Agency(string? Government, string? Unit, string? SubUnit);

public sealed record SopDates(SopDate Created, SopDate Revised, SopDate Effective);

/// <summary>A date as written and, where day, month and year (or month and year) are known, its ISO value.</summary>
public sealed record SopDate(string? Raw, string? Value)
{
    public static SopDate Blank { get; } = new(null, null);
}

public sealed record Approval(string? Title, string? Name, string? Rank, string? Nip);

public sealed record LegalBasis(string Text, string? Kind, string? Number, int? Year, string? Subject);

public sealed record Step(int? No, string Activity, IReadOnlyList<string> Actors, StepShape? Shape,
    string? Requirements, Duration Duration, string? Output, string? Notes);

public enum StepShape { Terminator, Process, Decision }

public sealed record Duration(string? Raw, double? Value, DurationUnit? Unit)
{
    public static Duration Blank { get; } = new(null, null, null);
}

public enum DurationUnit { Minute, Hour, Day, Week, Month }

public sealed record Signature(string? Place, SopDate Date);

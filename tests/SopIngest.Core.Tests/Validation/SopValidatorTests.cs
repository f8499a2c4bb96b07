using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Validation;

namespace SopIngest.Core.Tests.Validation;

public class SopValidatorTests
{
    private static readonly SopDocument Complete = new()
    {
        Title = "T",
        Number = "800/1/2020",
        Dates = new SopDates(new SopDate("1 Maret 2020", "2020-03-01"), SopDate.Blank, new SopDate("2 Maret 2020", "2020-03-02")),
        Approval = new Approval("Camat", "Drs. A", "Pembina", "196412311993031097"),
        LegalBasis = [new LegalBasis("UU", "Undang-Undang", null, null, null)],
        Qualifications = ["q"], RelatedSops = ["r"], Equipment = ["e"], Warnings = ["w"], Records = ["c"],
        Actors = ["Camat"],
        Steps = [new Step(1, "a", ["Camat"], StepShape.Terminator, null, new Duration("5", 5, DurationUnit.Minute), null, null)],
    };

    private static IEnumerable<(FlagCode, string)> Flags(SopDocument d) =>
        SopValidator.Validate(d).Flags.Select(f => (f.Code, f.Field));

    [Fact]
    public void A_complete_sop_has_no_flags() => Assert.Empty(Flags(Complete));

    [Theory]
    [InlineData(null, FlagCode.MissingField)]
    [InlineData("900 / /KTI/2019", FlagCode.IncompleteNumber)]
    public void Number_problems_are_flagged(string? number, FlagCode code) =>
        Assert.Contains((code, "number"), Flags(Complete with { Number = number }));

    [Fact]
    public void Dates_blank_partial_and_unreadable_are_flagged()
    {
        var flags = SopValidator.Validate(Complete with
        {
            Dates = new SopDates(SopDate.Blank, new SopDate("Januari 2019", "2019-01"), new SopDate("kapan-kapan", null)),
        }).Flags;
        Assert.Contains(flags, f => f is { Code: FlagCode.MissingField, Field: "dates.created", Severity: FlagSeverity.Warning });
        Assert.Contains(flags, f => f is { Code: FlagCode.UnparsedDate, Field: "dates.revised", Severity: FlagSeverity.Info });
        Assert.Contains(flags, f => f is { Code: FlagCode.UnparsedDate, Field: "dates.effective", Severity: FlagSeverity.Warning });
    }

    [Fact]
    public void A_blank_revision_date_is_normal() => Assert.DoesNotContain(Flags(Complete), f => f.Item2 == "dates.revised");

    [Fact]
    public void Approval_problems_are_flagged()
    {
        Assert.Contains((FlagCode.InvalidNip, "approval.nip"), Flags(Complete with { Approval = Complete.Approval with { Nip = "1966007211993031003" } }));
        Assert.Contains((FlagCode.MissingField, "approval.name"), Flags(Complete with { Approval = Complete.Approval with { Name = null } }));
        Assert.Contains((FlagCode.MissingField, "approval.nip"), Flags(Complete with { Approval = Complete.Approval with { Nip = null } }));
    }

    [Fact]
    public void Every_empty_section_is_flagged() =>
        Assert.Equal(6, Flags(Complete with { LegalBasis = [], Qualifications = [], RelatedSops = [], Equipment = [], Warnings = [], Records = [] })
            .Count(f => f.Item1 == FlagCode.MissingSection));

    [Fact]
    public void Step_problems_are_flagged_at_their_index()
    {
        var steps = new[]
        {
            Complete.Steps[0],
            new Step(3, "b", [], null, null, Duration.Blank, null, null),
            new Step(4, "c", ["Lurah"], StepShape.Process, null, new Duration("Sesuai jadwal", null, null), null, null),
        };
        var flags = Flags(Complete with { Steps = steps }).ToList();
        Assert.Contains((FlagCode.StepSequenceGap, "steps[1].no"), flags);
        Assert.Contains((FlagCode.StepNoActor, "steps[1].actors"), flags);
        Assert.Contains((FlagCode.StepMissingDuration, "steps[1].duration"), flags);
        Assert.Contains((FlagCode.UnparsedDuration, "steps[2].duration"), flags);
        Assert.Contains((FlagCode.UnknownActor, "steps[2].actors"), flags);
        Assert.DoesNotContain((FlagCode.StepSequenceGap, "steps[2].no"), flags);
    }

    [Fact]
    public void Low_ocr_confidence_is_flagged_with_page_box_and_confidence()
    {
        var line = new TextLine("800/1/2020", [new Word("800/1/2020", new Box(10, 20, 50, 8), 0.42)], 2);
        var flag = Assert.Single(SopValidator.Validate(Complete, new Dictionary<string, IReadOnlyList<TextLine>> { ["number"] = [line] }).Flags);
        Assert.Equal(FlagCode.LowConfidence, flag.Code);
        Assert.Equal("number", flag.Field);
        Assert.Equal(2, flag.Page);
        Assert.Equal([10, 20, 50, 8], flag.Box!);
        Assert.Equal(0.42, flag.Confidence);
    }

    [Fact]
    public void Low_confidence_flags_name_each_fields_weakest_line_in_field_order()
    {
        static TextLine Line(string text, double confidence) => new(text, [new Word(text, new Box(0, 0, 10, 5), confidence)], 1);
        var evidence = new Dictionary<string, IReadOnlyList<TextLine>>
        {
            ["title"] = [Line("Judul", 0.9), Line("Pelayanan", 0.3), Line("Surat", 0.3)],
            ["number"] = [Line("800/1", 0.5)],
            ["dates.created"] = [Line("2 Maret 2020", 0.99), new TextLine("tanpa OCR")],
        };

        var flags = SopValidator.Validate(Complete, evidence).Flags.Where(f => f.Code == FlagCode.LowConfidence).ToList();

        Assert.Equal(["number", "title"], flags.Select(f => f.Field));
        Assert.Equal(0.3, flags[1].Confidence);
        Assert.Contains("\"Pelayanan\"", flags[1].Message, StringComparison.Ordinal);
    }
    [Fact]
    public void A_value_ocr_saw_but_could_not_read_is_flagged_unread_where_it_stands_not_missing()
    {
        var blank = Complete with { Number = null, Dates = Complete.Dates with { Created = SopDate.Blank } };
        var scribble = new TextLine("4z /SOP/ 1P", [new Word("4z", new Box(30, 40, 20, 9), 0.31), new Word("/SOP/", new Box(52, 40, 30, 9), 0.7)], 1);
        var evidence = new Dictionary<string, IReadOnlyList<TextLine>> { ["number"] = [scribble] };

        var flags = SopValidator.Validate(blank, evidence).Flags;

        var number = Assert.Single(flags, f => f.Field == "number");
        Assert.Equal(FlagCode.LowConfidence, number.Code);
        Assert.Equal(FlagSeverity.Warning, number.Severity);
        Assert.Equal(1, number.Page);
        Assert.Equal([30, 40, 52, 9], number.Box!); // the whole line, both words
        // A date with no evidence at all stays missing.
        Assert.Contains(flags, f => f.Field == "dates.created" && f.Code == FlagCode.MissingField);
    }

    [Theory]
    [InlineData("..  ..", 0.2)]   // dots and dashes of an empty form line are no unread value
    [InlineData("4z /SOP/", null)] // text without confidence comes from an export, not from OCR
    public void A_blank_or_exported_slot_is_still_a_missing_value(string text, double? confidence)
    {
        var blank = Complete with { Number = null };
        var line = new TextLine(text, [new Word(text, new Box(0, 0, 10, 5), confidence)], 1);

        var flags = SopValidator.Validate(blank, new Dictionary<string, IReadOnlyList<TextLine>> { ["number"] = [line] }).Flags;

        Assert.Contains(flags, f => f.Field == "number" && f.Code == FlagCode.MissingField);
    }
    [Theory]
    [InlineData(0.45, FlagCode.LowConfidence)] // digits under a stamp, read unsurely: the reviewer reads them
    [InlineData(0.95, FlagCode.InvalidNip)]    // read surely and still 19 digits: the NIP is wrong
    public void A_wrong_length_nip_is_invalid_only_when_read_surely(double confidence, FlagCode expected)
    {
        var sop = Complete with { Approval = Complete.Approval with { Nip = "1956040819933031009" } };
        var line = new TextLine("NIP, 19560408 1993303 1009", [new Word("NIP, 19560408 1993303 1009", new Box(5, 6, 70, 8), confidence)], 1);

        var flags = SopValidator.Validate(sop, new Dictionary<string, IReadOnlyList<TextLine>> { ["approval.nip"] = [line] }).Flags;

        Assert.Equal(expected, Assert.Single(flags, f => f.Field == "approval.nip").Code);
    }
}

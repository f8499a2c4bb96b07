using SopIngest.HostileFiles;
using SopIngest.Pdf.Safety;

namespace SopIngest.Pdf.Tests.Safety;

/// <summary>
/// The structure check before PdfPig parses a file: each hostile structure is refused with the limit it passes, in
/// bounded work; the corpus PDFs and ordinary nesting pass.
/// </summary>
public sealed class PdfPreflightTests
{
    private static readonly PdfLimits Limits = new();

    private static LimitViolation? Check(byte[] pdf, PdfLimits? limits = null) => PdfPreflight.Check(pdf, limits ?? Limits);

    [Fact]
    public void A_chain_of_references_that_loops_is_refused()
    {
        var violation = Check(HostileSet.CyclicReferences());

        Assert.NotNull(violation);
        Assert.Equal("PdfLimits.MaxReferenceChain", violation.Limit);
        Assert.Contains("refers to itself", violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_that_draws_itself_is_refused()
    {
        var violation = Check(HostileSet.SelfDrawingForm());

        Assert.NotNull(violation);
        Assert.Equal("PdfLimits.MaxFormNesting", violation.Limit);
        Assert.Contains("draws itself", violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_forms_that_draw_each_other_are_refused_even_with_the_nesting_limit_raised()
    {
        var violation = Check(HostileSet.FormCycle(), Limits with { MaxFormNesting = 1_000_000 });

        Assert.NotNull(violation);
        Assert.Contains("draws itself (through 2 form(s))", violation.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void Forms_nested_deeper_than_MaxFormNesting_are_refused(int depth, bool refused)
    {
        var violation = Check(HostileSet.FormChain(depth));

        Assert.Equal(refused, violation is not null);
        Assert.True(!refused || violation!.What.Contains("nested more than 24 deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Arrays_nested_deeper_than_MaxObjectNesting_are_refused()
    {
        var violation = Check(HostileSet.DeepNesting(100_000));

        Assert.NotNull(violation);
        Assert.Equal("PdfLimits.MaxObjectNesting", violation.Limit);
        Assert.Null(Check(HostileSet.DeepNesting(90)));
    }

    [Fact]
    public void A_content_stream_that_decompresses_to_gigabytes_is_refused_after_a_few_megabytes()
    {
        var violation = Check(HostileSet.FlateBomb(512));

        Assert.NotNull(violation);
        Assert.Equal("PdfLimits.MaxDecodeRatio", violation.Limit);
        Assert.Contains("content stream 6", violation.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_stream_that_compresses_like_a_real_one_passes_and_a_smaller_size_limit_refuses_it()
    {
        var bomb = HostileSet.FlateBomb(9);

        Assert.Null(Check(bomb, Limits with { MaxDecodeRatio = 1e9 }));
        var violation = Check(bomb, Limits with { MaxDecodeRatio = 1e9, MaxDecodedStreamBytes = 8L << 20 });
        Assert.Equal("PdfLimits.MaxDecodedStreamBytes", violation?.Limit);
    }

    [Theory]
    [InlineData("sop-dev-021.pdf")]
    [InlineData("sop-dev-022.pdf")]
    [InlineData("sop-dev-023.pdf")]
    [InlineData("sop-dev-024.pdf")]
    [InlineData("sop-dev-025.pdf")]
    [InlineData("sop-dev-027.pdf")]
    public void Corpus_pdfs_pass(string name)
    {
        Assert.Null(Check(File.ReadAllBytes(TestFiles.Corpus(name))));
    }

    [Fact]
    public void Too_many_objects_are_refused()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [] /Count 0 >>");
        for (var i = 0; i < 200; i++)
        {
            pdf.Add("0");
        }

        Assert.Equal("PdfLimits.MaxObjects", Check(pdf.ToArray(), Limits with { MaxObjects = 100 })?.Limit);
    }
}

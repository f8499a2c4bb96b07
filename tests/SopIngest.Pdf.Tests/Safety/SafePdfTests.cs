using SopIngest.Core.Pipeline;
using SopIngest.HostileFiles;

namespace SopIngest.Pdf.Tests.Safety;

/// <summary>The PDF text reader and its probe on hostile files: refused with the limit's name, never handed to PdfPig.</summary>
public sealed class SafePdfTests
{
    public static TheoryData<string, string> Hostile() => new()
    {
        { "cyclic-references.pdf", "MaxReferenceChain" },
        { "self-drawing-form.pdf", "MaxFormNesting" },
        { "form-cycle.pdf", "MaxFormNesting" },
        { "form-chain.pdf", "MaxFormNesting" },
        { "deep-nesting.pdf", "MaxObjectNesting" },
        { "flate-bomb.pdf", "MaxDecodeRatio" },
    };

    private static byte[] File(string name) => HostileSet.All().Single(f => f.Name == name).Content;

    [Theory]
    [MemberData(nameof(Hostile))]
    public void The_text_layer_probe_calls_a_hostile_pdf_refused(string name, string _)
    {
        Assert.Equal(PdfTextLayerStatus.Refused, PdfTextLayer.Inspect(File(name)));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_text_reader_refuses_a_hostile_pdf_naming_the_limit(string name, string limit)
    {
        var input = DocumentInput.Create(name, File(name));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new PdfTextReader().ReadAsync(input, null, CancellationToken.None));

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("PdfLimits." + limit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_over_the_limit_that_only_PdfPig_decodes_is_refused_by_the_guard()
    {
        // The page content is held to 1 MiB by the reader's limits; with the preflight's limits raised the stream
        // reaches PdfPig, whose filters (LimitedFilter) refuse it as it decodes.
        var strict = new PdfLimits { MaxDecodedStreamBytes = 1 << 20, MaxDecodeRatio = 1e9, RatioCheckFromBytes = 0 };
        var pdf = HostileSet.FlateBomb(2);
        var (document, guard) = SafePdf.Open(pdf, strict, "bom.pdf");
        using (document)
        {
            _ = Record.Exception(() => document.GetPage(1).GetWords().ToList());
        }

        Assert.True(guard.Refused);
        var error = Assert.Throws<UnreadableDocumentException>(() => guard.ThrowIfRefused("bom.pdf"));
        Assert.Contains("PdfLimits.MaxDecodedStreamBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corpus_pdf_reads_as_before_through_the_limited_filters()
    {
        var input = DocumentInput.Create("sop-dev-022.pdf", await System.IO.File.ReadAllBytesAsync(TestFiles.Corpus("sop-dev-022.pdf")));

        var layout = await new PdfTextReader().ReadAsync(input, null, CancellationToken.None);

        Assert.Empty(layout.Problems);
        Assert.NotEmpty(layout.Pages);
    }
}

using System.Diagnostics;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using UglyToad.PdfPig.Core;

namespace SopIngest.Pdf.Tests;

/// <summary>Hostile and broken PDFs give a clear refusal or a flagged result, in bounded time, never a crash.</summary>
public sealed class PdfTextReaderRobustnessTests
{
    private static DocumentInput Input(byte[] pdf, string name = "test.pdf") => new(name, pdf, MediaTypes.Pdf);

    private static async Task<UnreadableDocumentException> Refusal(byte[] pdf, PdfReaderOptions? options = null) =>
        await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            new PdfTextReader(options).ReadAsync(Input(pdf, "rusak.pdf"), null, CancellationToken.None));

    [Fact]
    public async Task A_corrupt_file_is_refused_as_corrupt_naming_the_file()
    {
        var error = await Refusal("%PDF-1.7\n\u0001\u0002 garbage ]]>> endobj"u8.ToArray());

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        Assert.Contains("rusak.pdf", error.Message, StringComparison.Ordinal);
        Assert.Contains("upload", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_protected_file_is_refused_as_encrypted()
    {
        var error = await Refusal(File.ReadAllBytes(TestFiles.Fixture("password-protected.pdf")));

        Assert.Equal(UnreadableReason.Encrypted, error.Reason);
        Assert.Contains("remove the password and upload again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_pages_is_refused_as_empty_of_content()
    {
        var error = await Refusal(Some.ZeroPagePdf());

        Assert.Equal(UnreadableReason.NoContent, error.Reason);
    }

    [Fact]
    public async Task A_truncated_file_is_refused_or_read_never_crashes()
    {
        var pdf = File.ReadAllBytes(TestFiles.Corpus("sop-dev-021.pdf"));
        var half = pdf[..(pdf.Length / 2)];

        var error = await Record.ExceptionAsync(() => new PdfTextReader().ReadAsync(Input(half), null, CancellationToken.None));

        Assert.True(error is null or UnreadableDocumentException, error?.ToString());
    }

    [Fact]
    public async Task A_two_thousand_page_file_is_refused_as_too_large_quickly()
    {
        var pdf = Some.TextPdf(2_000);
        var reader = new PdfTextReader();
        var clock = Stopwatch.StartNew();

        Assert.True(reader.CanRead(Input(pdf)));
        var error = await Refusal(pdf);

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("2000 pages", error.Message, StringComparison.Ordinal);
        // Only the page count is read; the generous bound is for a slow CI machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task MaxPages_is_the_limit()
    {
        var pdf = Some.TextPdf(3);

        Assert.Equal(UnreadableReason.TooLarge, (await Refusal(pdf, new PdfReaderOptions { MaxPages = 2 })).Reason);
        var layout = await new PdfTextReader(new PdfReaderOptions { MaxPages = 3 }).ReadAsync(Input(pdf), null, CancellationToken.None);
        Assert.Equal(3, layout.PageCount);
    }

    [Fact]
    public async Task A_page_with_more_paths_than_the_limit_keeps_its_text_and_is_flagged()
    {
        var pdf = Some.Pdf((page, _) =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                page.DrawLine(new PdfPoint(10 + i % 500, 100 + i / 10), new PdfPoint(12 + i % 500, 100 + i / 10), 0.5);
            }
        });

        var layout = await new PdfTextReader(new PdfReaderOptions { MaxPathsPerPage = 1_000 })
            .ReadAsync(Input(pdf), null, CancellationToken.None);

        var flag = Assert.Single(layout.Problems);
        Assert.Equal((FlagCode.UnreadableSource, 1), (flag.Code, flag.Page));
        Assert.Contains(layout.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines), l => l.Text.StartsWith("Prosedur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_of_thousands_of_random_lines_and_boxes_is_read_in_bounded_time()
    {
        var random = new Random(35);
        var pdf = Some.Pdf((page, _) =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                var x = random.Next(20, 560);
                var y = random.Next(20, 760);
                if (i % 3 == 0)
                {
                    page.DrawRectangle(new PdfPoint(x, y), random.Next(5, 60), random.Next(5, 40), 0.7);
                }
                else if (i % 3 == 1)
                {
                    page.DrawLine(new PdfPoint(x, y), new PdfPoint(x + random.Next(5, 300), y), 0.7);
                }
                else
                {
                    page.DrawLine(new PdfPoint(x, y), new PdfPoint(x, y + random.Next(5, 300)), 0.7);
                }
            }
        });
        var clock = Stopwatch.StartNew();

        var layout = await new PdfTextReader().ReadAsync(Input(pdf), null, CancellationToken.None);

        Assert.Single(layout.Pages);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_page_with_a_broken_content_stream_is_flagged_or_read_without_a_crash()
    {
        var pdf = Some.RawPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 40 >>\nstream\nBT /F9 12 Tf ( unterminated ] TJ re re q Q Q\nendstream");

        var error = await Record.ExceptionAsync(() => new PdfTextReader().ReadAsync(Input(pdf), null, CancellationToken.None));

        Assert.True(error is null or UnreadableDocumentException, error?.ToString());
    }

    [Fact]
    public async Task Cancellation_stops_the_read()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PdfTextReader().ReadAsync(Input(Some.TextPdf(2)), null, cancelled.Token));
    }

    [Fact]
    public void CanRead_takes_only_pdfs_with_text()
    {
        var reader = new PdfTextReader();

        Assert.True(reader.CanRead(Input(Some.TextPdf(1))));
        Assert.False(reader.CanRead(Input(File.ReadAllBytes(TestFiles.Corpus("sop-dev-025.pdf")))));
        Assert.False(reader.CanRead(new DocumentInput("a.md", "# Judul"u8.ToArray(), MediaTypes.Markdown)));
    }

    [Fact]
    public void Options_are_checked_at_construction() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfTextReader(new PdfReaderOptions { MaxPages = 0 }));
}

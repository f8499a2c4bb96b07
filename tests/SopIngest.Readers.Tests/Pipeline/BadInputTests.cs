using System.Text;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Readers.Tests.Pipeline;

/// <summary>
/// Hostile and absurd exports through the assembled engine: each ends in a clear outcome (a flagged
/// result, or an <see cref="UnreadableDocumentException"/> with a reason and the file's name), never a crash.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly SopEngine _engine = SopEngine.Create();

    private SopExtractor Extractor => _engine.Extractor;

    public void Dispose() => _engine.Dispose();

    private async Task<UnreadableDocumentException> RefusedAsync(DocumentInput input)
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Extractor.ExtractAsync(input));
        Assert.Contains(input.FileName, error.Message, StringComparison.Ordinal);
        return error;
    }

    private Task<SopDocument?> ExtractedOrRefusedAsync(DocumentInput input) => Outcome.ExtractedOrRefusedAsync(Extractor, input);

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(20261124).NextBytes(bytes);
        bytes[0] = 0x01; // never a PDF/PNG/JPEG/TIFF magic number
        return bytes;
    }

    [Theory]
    [InlineData("sop.md")]
    [InlineData("sop.html")]
    [InlineData("sop.txt")]
    public async Task An_empty_file_is_refused_as_empty(string fileName)
    {
        var error = await RefusedAsync(Some.Input(fileName, []));

        Assert.Equal(UnreadableReason.Empty, error.Reason);
    }

    [Theory]
    [InlineData("sop.md")]
    [InlineData("sop.html")]
    [InlineData("sop.txt")]
    public async Task Binary_garbage_with_a_text_name_is_refused_as_not_text(string fileName)
    {
        var error = await RefusedAsync(Some.Input(fileName, Garbage(4096)));

        Assert.Equal(UnreadableReason.NotText, error.Reason);
    }

    [Theory]
    [InlineData("sop.xyz", "Nama SOP : Pelayanan Surat")]
    [InlineData("sop.docx", "PK\u0003\u0004word/document.xml")]
    [InlineData("SOP", "Nama SOP : Pelayanan Surat")]
    public async Task A_file_type_no_reader_handles_is_refused_as_unsupported(string fileName, string content)
    {
        var error = await RefusedAsync(Some.Input(fileName, content));

        Assert.Equal(UnreadableReason.UnsupportedType, error.Reason);
    }

    [Fact]
    public async Task A_50_mb_markdown_file_is_refused_as_too_large()
    {
        var error = await RefusedAsync(Some.Input("besar.md", HugeMarkdown(50 * 1024 * 1024)));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("50 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_large_export_is_refused_before_any_reader_sees_it()
    {
        var reader = new RecordingReader();
        var extractor = new SopExtractor([reader]);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(
            () => extractor.ExtractAsync(Some.Input("besar.md", HugeMarkdown(50 * 1024 * 1024))));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Equal(0, reader.Calls);
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(1025, true)]
    public async Task The_text_size_limit_is_inclusive(int size, bool refused)
    {
        using var engine = SopEngine.Create(new EngineOptions { Extraction = new ExtractionOptions { MaxTextBytes = 1024 } });
        var input = Some.Input("batas.md", HugeMarkdown(size));

        var outcome = await Record.ExceptionAsync(() => engine.Extractor.ExtractAsync(input));

        Assert.Equal(refused, outcome is UnreadableDocumentException { Reason: UnreadableReason.TooLarge });
        Assert.True(refused || outcome is null, outcome?.ToString());
    }

    [Fact]
    public async Task Invalid_utf8_gives_a_result_with_an_unreadable_source_info_flag()
    {
        var text = Encoding.UTF8.GetBytes(File.ReadAllText(Some.CorpusFile("sop-dev-017.txt")));
        var bytes = text.Concat(new byte[] { 0x0A, 0xC3, 0x28, 0xFF, 0x0A }).ToArray();

        var result = await Extractor.ExtractAsync(Some.Input("sop-dev-017.txt", bytes));

        Assert.Contains(result.Flags, f => f.Code == FlagCode.UnreadableSource && f.Severity == FlagSeverity.Info);
        Assert.NotNull(result.Title);
        Assert.NotEmpty(result.Steps);
    }

    [Theory]
    [InlineData("kosong.txt", "   \n\t\n  \r\n \u00A0 \n")]
    [InlineData("kosong.md", "\n\n   \n")]
    [InlineData("kosong.html", "<html><body> <p>&nbsp;</p> </body></html>")]
    public async Task A_file_of_only_white_space_gives_a_flagged_result_not_a_crash(string fileName, string content)
    {
        var result = await ExtractedOrRefusedAsync(Some.Input(fileName, content));

        Assert.NotNull(result);
        Assert.Contains(result.Flags, f => f.Code == FlagCode.UnreadableSource && f.Severity == FlagSeverity.Error);
        Assert.Contains(result.Flags, f => f.Code == FlagCode.MissingField && f.Field == "title");
        Assert.Null(result.Title);
        Assert.Empty(result.Steps);
    }

    private static byte[] HugeMarkdown(int size)
    {
        var row = "| 1 | Menerima surat masuk | ☐ |  | 5 menit |\n"u8;
        var bytes = new byte[size];
        for (var at = 0; at < size; at += row.Length)
        {
            row[..Math.Min(row.Length, size - at)].CopyTo(bytes.AsSpan(at));
        }
        return bytes;
    }

    private sealed class RecordingReader : IDocumentReader
    {
        public int Calls { get; private set; }

        public bool CanRead(DocumentInput input)
        {
            Calls++;
            return true;
        }

        public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new LayoutDocument([], ExtractionMethod.Markdown, null));
        }
    }
}

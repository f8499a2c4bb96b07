using System.Text;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Readers.Html;
using SopIngest.Readers.Markdown;
using SopIngest.Readers.PlainText;

namespace SopIngest.Readers.Tests.Text;

/// <summary>How every export reader decodes bytes: UTF-8, UTF-16 with BOM, and legacy Windows-1252.</summary>
public class EncodingTests
{
    public static TheoryData<string> FileNames => ["sop.md", "sop.html", "sop.txt"];

    private static Task<LayoutDocument> ReadAsync(string fileName, byte[] bytes)
    {
        IDocumentReader reader = Path.GetExtension(fileName) switch
        {
            ".md" => new MarkdownReader(),
            ".html" => new HtmlReader(),
            _ => new PlainTextReader(),
        };
        var input = Some.Input(fileName, bytes);
        Assert.True(reader.CanRead(input));
        return reader.ReadAsync(input, progress: null, CancellationToken.None);
    }

    private static string AllText(LayoutDocument layout) => string.Join('\n', layout.Blocks.SelectMany(b => b switch
    {
        TextBlock t => t.Lines.Select(l => l.Text),
        TableBlock t => t.Cells.Select(c => c.Text),
        _ => [],
    }));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Valid_utf8_is_read_without_an_encoding_flag(string fileName)
    {
        var layout = await ReadAsync(fileName, Encoding.UTF8.GetBytes("Kecamatan Café – “Kutip”"));

        Assert.Equal("Kecamatan Café – “Kutip”", AllText(layout));
        Assert.Empty(layout.Problems);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task A_utf8_byte_order_mark_is_not_part_of_the_text(string fileName)
    {
        var layout = await ReadAsync(fileName, Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes("Judul SOP")));

        Assert.Equal("Judul SOP", AllText(layout));
        Assert.Empty(layout.Problems);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Windows_1252_accents_are_read_with_an_unreadable_source_info_flag(string fileName)
    {
        // "Kecamatan Café Jatinegara" with é as the single byte 0xE9: not valid UTF-8.
        var bytes = Concat(Encoding.ASCII.GetBytes("Kecamatan Caf"), [0xE9], Encoding.ASCII.GetBytes(" Jatinegara"));

        var layout = await ReadAsync(fileName, bytes);

        Assert.Equal("Kecamatan Café Jatinegara", AllText(layout));
        var flag = Assert.Single(layout.Problems);
        Assert.Equal((FlagCode.UnreadableSource, FlagSeverity.Info), (flag.Code, flag.Severity));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Windows_1252_quotes_and_dashes_are_read_as_the_characters_they_stand_for(string fileName)
    {
        // Word's smart quotes (0x93/0x94) and en dash (0x96) are the usual reason a text export is not UTF-8.
        var bytes = Concat([0x93], Encoding.ASCII.GetBytes("Surat"), [0x94, 0x20, 0x96, 0x20], Encoding.ASCII.GetBytes("5 menit"));

        var layout = await ReadAsync(fileName, bytes);

        Assert.Equal("“Surat” – 5 menit", AllText(layout));
        Assert.Contains(layout.Problems, f => f.Code == FlagCode.UnreadableSource && f.Severity == FlagSeverity.Info);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Invalid_utf8_is_read_anyway_and_flagged(string fileName)
    {
        // A truncated multi-byte sequence (0xC3 followed by ASCII) in the middle of a line.
        var bytes = Concat(Encoding.ASCII.GetBytes("Nama SOP "), [0xC3, 0x28], Encoding.ASCII.GetBytes(" Pelayanan"));

        var layout = await ReadAsync(fileName, bytes);

        Assert.StartsWith("Nama SOP ", AllText(layout), StringComparison.Ordinal);
        Assert.EndsWith(" Pelayanan", AllText(layout), StringComparison.Ordinal);
        Assert.Contains(layout.Problems, f => f.Code == FlagCode.UnreadableSource && f.Severity == FlagSeverity.Info);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Utf16_little_endian_with_bom_is_read(string fileName)
    {
        var layout = await ReadAsync(fileName, Concat(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("Kecamatan Café")));

        Assert.Equal("Kecamatan Café", AllText(layout));
        Assert.Empty(layout.Problems);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Utf16_big_endian_with_bom_is_read(string fileName)
    {
        var layout = await ReadAsync(fileName,
            Concat(Encoding.BigEndianUnicode.GetPreamble(), Encoding.BigEndianUnicode.GetBytes("Kecamatan Café")));

        Assert.Equal("Kecamatan Café", AllText(layout));
        Assert.Empty(layout.Problems);
    }
}

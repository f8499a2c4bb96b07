using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class ClosingBlockTests
{
    [Fact]
    public void The_signature_block_reaches_past_a_scribble_read_as_one_character_lines()
    {
        string[] scribble = ["8", "i", "1", "|", "TN", "1", "1", "|", "2", ",", "A"];
        var lines = new[] { "Kalianda, 22 April 2019", "Camat Jati Agung" }
            .Concat(scribble)
            .Concat(["DRS. H. SLAMET SRI SYAM, SH., MH", "Pembina", "NIP. 19840801 200903 1 005"])
            .Select(t => new TextLine(t))
            .ToList();

        var result = ClosingBlock.Read(lines);

        Assert.Equal("Kalianda", result.Signature?.Place);
        Assert.Equal("DRS. H. SLAMET SRI SYAM, SH., MH", result.Approval?.Name);
        Assert.Equal("Camat Jati Agung", result.Approval?.Title);
        Assert.Equal("198408012009031005", result.Approval?.Nip);
    }

    [Fact]
    public void The_block_stops_after_ten_lines_of_text_when_no_nip_closes_it()
    {
        var lines = new[] { "Kalianda, 22 April 2019", "Camat Jati Agung", "DRS. H. SLAMET SRI SYAM, SH., MH" }
            .Concat(Enumerable.Range(1, 12).Select(i => $"Catatan baris {i}"))
            .Select(t => new TextLine(t))
            .ToList();

        var result = ClosingBlock.Read(lines);

        Assert.Equal(10, result.NameLines.Count);
        Assert.Null(result.Approval?.Nip);
    }
}

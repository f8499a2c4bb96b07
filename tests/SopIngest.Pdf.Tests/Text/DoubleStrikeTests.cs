using SopIngest.Core.Layout;
using SopIngest.Core.Pipeline;
using UglyToad.PdfPig.Core;

namespace SopIngest.Pdf.Tests.Text;

/// <summary>Fake bold read back through <see cref="PdfTextReader"/>: each copy of a letter drawn a fraction of a point off.</summary>
public sealed class DoubleStrikeTests
{
    private static async Task<IReadOnlyList<string>> Lines(byte[] pdf)
    {
        var layout = await new PdfTextReader().ReadAsync(new DocumentInput("t.pdf", pdf, MediaTypes.Pdf), null, CancellationToken.None);
        return layout.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines).Select(l => l.Text).ToList();
    }

    [Fact]
    public async Task Letters_drawn_twice_in_place_are_read_once()
    {
        var pdf = Some.Pdf((page, font) =>
        {
            var x = 50.0;
            foreach (var ch in "Pindai kode QR")
            {
                var letters = page.AddText(ch.ToString(), 10, new PdfPoint(x, 600), font);
                page.AddText(ch.ToString(), 10, new PdfPoint(x + 0.3, 600), font);
                x = letters.Count > 0 ? letters[^1].EndBaseLine.X : x + 3;
            }
        });

        Assert.Contains("Pindai kode QR", await Lines(pdf));
    }

    [Fact]
    public async Task A_line_drawn_twice_in_place_is_read_once()
    {
        var pdf = Some.Pdf((page, font) =>
        {
            page.AddText("Dokumen", 10, new PdfPoint(50, 600), font);
            page.AddText("Dokumen", 10, new PdfPoint(50.25, 600.1), font);
        });

        Assert.Contains("Dokumen", await Lines(pdf));
    }

    [Fact]
    public async Task Double_letters_of_a_word_stay()
    {
        var pdf = Some.Pdf((page, font) => page.AddText("Penggunaan Anggaran", 10, new PdfPoint(50, 600), font));

        Assert.Contains("Penggunaan Anggaran", await Lines(pdf));
    }
}

using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class OcrRepairTests
{
    private static IReadOnlyList<string> Restore(params string[] lines) =>
        OcrRepair.RestoreLostNumbers(lines.Select(l => TextLine.FromWords(l.Split(' ').Select(w => new Word(w)).ToList(), 1)).ToList())
            .Select(l => l.Text).ToList();

    [Theory]
    [InlineData(new[] { "5. Peraturan A", "$ Peraturan B", "7. Peraturan C" }, new[] { "5. Peraturan A", "6. Peraturan B", "7. Peraturan C" })]
    [InlineData(new[] { "4 Peraturan A", ". Peraturan B" }, new[] { "4 Peraturan A", "• Peraturan B" })] // "4" alone starts no numbering
    [InlineData(new[] { "1. Peraturan A", "2 Peraturan B", ", Keputusan C" }, new[] { "1. Peraturan A", "2 Peraturan B", "3. Keputusan C" })]
    [InlineData(new[] { "Bila Prosedur tidak", ". Bila Prosedur ada" }, new[] { "Bila Prosedur tidak", "• Bila Prosedur ada" })]
    public void A_mark_left_of_an_unread_number_becomes_the_number(string[] lines, string[] expected) =>
        Assert.Equal(expected, Restore(lines));

    [Theory]
    [InlineData(". dan seterusnya")] // no capital: not an item
    [InlineData("$ 500")]
    [InlineData("Rp. 500")]
    public void Other_lines_are_left_as_read(string line) => Assert.Equal([line], Restore(line));

    [Theory]
    [InlineData("104 I/SOP/DISKOMINFO'/SET/2023.", "104 /SOP/DISKOMINFO/SET/2023.")]
    [InlineData("44 ISOP/ DISKOMINFO.IP /2024", "44 /SOP/ DISKOMINFO.IP /2024")]
    [InlineData("(90 /SOP/ DISKOMINFO.IP /2024", "190 /SOP/ DISKOMINFO.IP /2024")]
    [InlineData("800/ 142 /33.01/2020", "800/ 142 /33.01/2020")] // nothing to mend
    [InlineData("(12) /IRBAN/2024", "(12) /IRBAN/2024")] // a bracket that closes is a bracket
    [InlineData("SOP/INSP/2024", "SOP/INSP/2024")]
    public void A_number_read_by_ocr_gets_its_slashes_back(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Number(read));
}

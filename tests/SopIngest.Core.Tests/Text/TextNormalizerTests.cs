using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  a \t b\u00A0 c ", "a b c")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("already folded", "already folded")]
    [InlineData("   ", "")]
    [InlineData("a\r\n\u2028b\u0085c", "a b c")]
    [InlineData("a  b", "a b")]
    [InlineData("\u2003Camat\u00A0", "Camat")]
    public void Fold_folds_white_space(string? text, string expected) => Assert.Equal(expected, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("1. Komputer", "Komputer")]
    [InlineData("12) Printer", "Printer")]
    [InlineData("a. Stempel", "Stempel")]
    [InlineData("- ATK", "ATK")]
    [InlineData("• Laptop", "Laptop")]
    [InlineData("SOP Pembuatan", "SOP Pembuatan")]
    [InlineData("2026 laporan", "2026 laporan")]
    public void StripListMarker_removes_only_the_marker(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.StripListMarker(text));

    [Theory]
    [InlineData("Tgl. Pembuatan :", "tgl pembuatan")]
    [InlineData("Peralatan/ Perlengkapan", "peralatan perlengkapan")]
    public void Key_is_lower_case_words(string text, string key) => Assert.Equal(key, TextNormalizer.Key(text));
}

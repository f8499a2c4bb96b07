using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class NipTests
{
    [Theory]
    [InlineData("NIP. 19641231 199303 1 097", "196412311993031097")]
    [InlineData("Nip.19751118 200003 1 003", "197511182000031003")]
    [InlineData("NIP 19730512  199703  2  008", "197305121997032008")]
    [InlineData("NIP: 196600721 199303 1 003", "1966007211993031003")]
    [InlineData("Drs. X NIP. 19641231 199303 1 097", "196412311993031097")]
    public void Find_returns_the_digits_only(string line, string expected) => Assert.Equal(expected, Nip.Find(line));

    [Theory]
    [InlineData("Pembina Tk. I")]
    [InlineData("Nomor 35 Tahun 2012")]
    public void Find_ignores_lines_without_an_nip(string line) => Assert.Null(Nip.Find(line));

    [Theory]
    [InlineData("196412311993031097", true)]
    [InlineData("1966007211993031003", false)]
    [InlineData("19641231199303109", false)]
    [InlineData(null, false)]
    public void IsValid_wants_eighteen_digits(string? digits, bool valid) => Assert.Equal(valid, Nip.IsValid(digits));
}

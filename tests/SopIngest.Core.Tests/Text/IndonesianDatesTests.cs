using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class IndonesianDatesTests
{
    [Theory]
    [InlineData("2 Maret 2020", "2020-03-02")]
    [InlineData("02 Maret 2020", "2020-03-02")]
    [InlineData("11 JANUARI 2020", "2020-01-11")]
    [InlineData("11 Pebruari 2023", "2023-02-11")]
    [InlineData("13 Nopember 2019", "2019-11-13")]
    [InlineData("17 Agt 2021", "2021-08-17")]
    [InlineData("17 Agustus 2021", "2021-08-17")]
    [InlineData("04-06-2018", "2018-06-04")]
    [InlineData("4/6/2018", "2018-06-04")]
    [InlineData("Januari 2019", "2019-01")]
    [InlineData("April, 2018", "2018-04")]
    [InlineData("31 Februari 2020", null)]
    [InlineData("5 Maret", null)]
    [InlineData("Sesuai jadwal", null)]
    // a long month name misread by OCR, between a day and a year
    [InlineData("2 Januan 2025", "2025-01-02")]
    [InlineData("24 Avril 2020", "2020-04-24")]
    [InlineData("5 ustus 2024", "2024-08-05")]
    [InlineData("5 Jali 2024", null)] // Juni or Juli: short names match exactly or not at all
    [InlineData("5 Tahun 2024", null)]
    [InlineData("Januan 2025", null)] // no day: not loose
    public void Parse_reads_the_iso_value(string raw, string? expected)
    {
        var date = IndonesianDates.Parse(raw);
        Assert.Equal(raw, date.Raw);
        Assert.Equal(expected, date.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-")]
    public void Parse_treats_blank_and_dash_as_absent(string? raw)
    {
        var date = IndonesianDates.Parse(raw);
        Assert.Null(date.Raw);
        Assert.Null(date.Value);
    }
}

using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class DurationsTests
{
    [Theory]
    [InlineData("15", 15.0, DurationUnit.Minute)]
    [InlineData("60 mnt", 60.0, DurationUnit.Minute)]
    [InlineData("30 menit", 30.0, DurationUnit.Minute)]
    [InlineData("1 Jam", 1.0, DurationUnit.Hour)]
    [InlineData("1 Hari", 1.0, DurationUnit.Day)]
    [InlineData("3 hari", 3.0, DurationUnit.Day)]
    [InlineData("2 hari kerja", 2.0, DurationUnit.Day)]
    [InlineData("2 hr", 2.0, DurationUnit.Day)]
    [InlineData("1 minggu", 1.0, DurationUnit.Week)]
    [InlineData("1 bulan", 1.0, DurationUnit.Month)]
    [InlineData("0,5 jam", 0.5, DurationUnit.Hour)]
    // Tesseract's usual misreadings of the unit words
    [InlineData("1 han", 1.0, DurationUnit.Day)]
    [InlineData("2 harl kerja", 2.0, DurationUnit.Day)]
    [InlineData("30 menlt", 30.0, DurationUnit.Minute)]
    [InlineData("15 rnenit", 15.0, DurationUnit.Minute)]
    [InlineData("1 jarn", 1.0, DurationUnit.Hour)]
    public void Parse_reads_value_and_unit(string raw, double value, DurationUnit unit)
    {
        var duration = Durations.Parse(raw, DurationUnit.Minute);
        Assert.Equal(raw, duration.Raw);
        Assert.Equal(value, duration.Value);
        Assert.Equal(unit, duration.Unit);
    }

    [Theory]
    [InlineData("Paling lambat tanggal 5 triwulan berikutnya")]
    [InlineData("Sesuai jadwal")]
    [InlineData("Sewaktu-waktu")]
    public void Parse_keeps_prose_raw_without_value(string raw)
    {
        var duration = Durations.Parse(raw, DurationUnit.Minute);
        Assert.Equal(raw, duration.Raw);
        Assert.Null(duration.Value);
        Assert.Null(duration.Unit);
    }

    [Fact]
    public void Parse_of_blank_is_all_null() => Assert.Equal(Duration.Blank, Durations.Parse("  ", DurationUnit.Minute));

    [Theory]
    [InlineData("Waktu (menit)", DurationUnit.Minute)]
    [InlineData("Waktu (Jam)", DurationUnit.Hour)]
    [InlineData("Waktu", null)]
    public void UnitInHeader_reads_the_bracketed_unit(string header, DurationUnit? unit) =>
        Assert.Equal(unit, Durations.UnitInHeader(header));
}

using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class AgencyLinesTests
{
    [Fact]
    public void Reads_government_unit_and_sub_unit_in_any_order()
    {
        var agency = AgencyLines.Read(["KELURAHAN JOMBLANG", "PEMERINTAH KOTA SEMARANG", "Jl. Pemuda No. 5", "SEKRETARIAT KELURAHAN", "PEMBUATAN NASKAH DINAS"]);
        Assert.Equal("PEMERINTAH KOTA SEMARANG", agency.Government);
        Assert.Equal("KELURAHAN JOMBLANG", agency.Unit);
        Assert.Equal("SEKRETARIAT KELURAHAN", agency.SubUnit);
    }

    [Fact]
    public void A_secretariat_of_the_council_is_a_unit()
    {
        var agency = AgencyLines.Read(["PEMERINTAH KABUPATEN SLEMAN", "SEKRETARIAT DPRD", "KABUPATEN SLEMAN"]);
        Assert.Equal("SEKRETARIAT DPRD", agency.Unit);
        Assert.Null(agency.SubUnit);
    }

    [Fact]
    public void A_unit_wrapped_inside_one_header_cell_is_joined()
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)["PEMERINTAH KABUPATEN GORONTALO", "BADAN PENANGGULANGAN", "BENCANA DAERAH", "Jl. Ahmad A. Wahab No. 26"]]);
        Assert.Equal("BADAN PENANGGULANGAN BENCANA DAERAH", agency.Unit);
    }

    [Fact]
    public void A_line_in_another_cell_does_not_continue_the_unit()
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)["PEMERINTAH KABUPATEN SLEMAN"], ["SEKRETARIAT DPRD"], ["KABUPATEN SLEMAN"]]);
        Assert.Equal("SEKRETARIAT DPRD", agency.Unit);
    }

    [Theory]
    [InlineData("PEMERINTAH KOTA SEMARANG KECAMATAN BANYUMANIK", "PEMERINTAH KOTA SEMARANG", "KECAMATAN BANYUMANIK")]
    [InlineData("Pemerintah Kabupaten Kapuas Hulu Dinas Sosial", "Pemerintah Kabupaten Kapuas Hulu", "Dinas Sosial")]
    [InlineData("PEMERINTAH KABUPATEN KOTAWARINGIN BARAT", "PEMERINTAH KABUPATEN KOTAWARINGIN BARAT", null)]
    public void A_government_and_unit_run_together_on_one_line_are_told_apart(string line, string government, string? unit)
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)[line, "Jl. Pemuda No. 5"]]);
        Assert.Equal(government, agency.Government);
        Assert.Equal(unit, agency.Unit);
    }

    [Theory]
    [InlineData("PEMERINTAH KABUPA N GORONTALO")] // OCR lost letters under a logo
    [InlineData("PEMERINTAH KAB. SLEMAN")]
    [InlineData("PEMERINTAH PROV. JAWA TENGAH")]
    public void A_government_line_is_known_by_its_start_even_when_misread(string line)
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)[line, "BADAN PENANGGULANGAN BENCANA DAERAH"]]);
        Assert.Equal(line, agency.Government);
        Assert.Equal("BADAN PENANGGULANGAN BENCANA DAERAH", agency.Unit);
    }

    [Fact]
    public void Government_word_in_a_sentence_is_not_a_government_line() =>
        Assert.Null(AgencyLines.Read(["PEMERINTAHAN DAERAH", "Pemerintah kabupatennya"]).Government);

    [Fact]
    public void A_secretariat_line_above_the_unit_is_not_the_unit()
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT", "DINAS KOMUNIKASI DAN INFORMATIKA", "SUB BAGIAN UMUM DAN APARATUR"]]);
        Assert.Equal("DINAS KOMUNIKASI DAN INFORMATIKA", agency.Unit);
        Assert.Equal("SUB BAGIAN UMUM DAN APARATUR", agency.SubUnit);
    }

    [Fact]
    public void A_region_line_without_pemerintah_names_the_government()
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)["PROVINSI KALIMANTAN BARAT"], ["DINAS KOMUNIKASI DAN INFORMATIKA"]]);
        Assert.Equal("PROVINSI KALIMANTAN BARAT", agency.Government);
        Assert.Equal("DINAS KOMUNIKASI DAN INFORMATIKA", agency.Unit);
    }

    [Fact]
    public void A_team_under_the_office_is_its_sub_unit()
    {
        var agency = AgencyLines.Read([(IReadOnlyList<string>)["BADAN PUSAT STATISTIK", "PROVINSI BENGKULU", "TIM KERJA STATISTIK SOSIAL"]]);
        Assert.Equal("BADAN PUSAT STATISTIK PROVINSI BENGKULU", agency.Unit);
        Assert.Equal("TIM KERJA STATISTIK SOSIAL", agency.SubUnit);
    }
}

using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class LegalBasisParserTests
{
    [Theory]
    [InlineData("UU No. 43 Tahun 2009 tentang Kearsipan;", "Undang-Undang", "43", 2009, "Kearsipan")]
    [InlineData("Undang – Undang No. 14 Tahun 2008 tentang Keterbukaan informasi Publik", "Undang-Undang", "14", 2008, "Keterbukaan informasi Publik")] // an en dash
    [InlineData("Peraturan Komisi Informasi No. 1 Tahun 2013 tentang Penyelesaian Sengketa Informasi Publik", "Peraturan Komisi Informasi", "1", 2013, "Penyelesaian Sengketa Informasi Publik")]
    [InlineData("PERKI Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik", "Peraturan Komisi Informasi", "1", 2021, "Standar Layanan Informasi Publik")]
    [InlineData("Keputusan Gubernur Kalbar No 7/DISKOMINFO/2020 tentang Pembentukan Pengelola", "Keputusan Gubernur", "7/DISKOMINFO/2020", 2020, "Pembentukan Pengelola")] // the year at the number's end
    [InlineData("Undang - Undang No, 25 Tahun 2009 tentang Pelayanan Publik", "Undang-Undang", "25", 2009, "Pelayanan Publik")] // OCR: a comma for the full stop
    [InlineData("Peraturan Menteri PANRB Nomor\" 62 Tahun 2018 tentang Pedoman", "Peraturan Menteri", "62", 2018, "Pedoman")] // OCR: a quote for the colon
    [InlineData("Undang-undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "Undang-Undang", "23", 2014, "Pemerintahan Daerah")]
    [InlineData("PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil", "Peraturan Pemerintah", "94", 2021, "Disiplin Pegawai Negeri Sipil")]
    [InlineData("Perpres No. 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025", "Peraturan Presiden", "81", 2010, "Grand Design Reformasi Birokrasi 2010-2025")]
    [InlineData("Permendagri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;", "Peraturan Menteri", "1", 2023, "Tata Naskah Dinas di Lingkungan Pemerintah Daerah")]
    [InlineData("Permenpan RB No. 35 Tahun 2012 tentang Pedoman Penyusunan SOP AP", "Peraturan Menteri", "35", 2012, "Pedoman Penyusunan SOP AP")]
    [InlineData("Peraturan MenPAN dan Reformasi Birokrasi Nomor 53 tahun 2014 tentang Petunjuk teknis", "Peraturan Menteri", "53", 2014, "Petunjuk teknis")]
    [InlineData("Perda Kota Bandung Nomor 7 Tahun 2016 tentang Perangkat Daerah", "Peraturan Daerah", "7", 2016, "Perangkat Daerah")]
    [InlineData("Perbup Gorontalo Nomor 12 Tahun 2019 tentang Tugas", "Peraturan Bupati", "12", 2019, "Tugas")]
    [InlineData("Peraturan Wali Kota Ambon Nomor 3 Tahun 2020 tentang Uraian Tugas", "Peraturan Walikota", "3", 2020, "Uraian Tugas")]
    [InlineData("Perwali Semarang Nomor 3 Tahun 2020 tentang Uraian Tugas", "Peraturan Walikota", "3", 2020, "Uraian Tugas")]
    [InlineData("Peraturan Gubernur Jambi Nomor 9 Tahun 2018 tentang Kearsipan.", "Peraturan Gubernur", "9", 2018, "Kearsipan")]
    [InlineData("Keputusan Bupati Sleman Nomor 5 Tahun 2017 tentang Tim", "Keputusan Bupati", "5", 2017, "Tim")]
    public void Parse_reads_kind_number_year_subject(string text, string kind, string number, int year, string subject)
    {
        var basis = LegalBasisParser.Parse(text);
        Assert.Equal(text, basis.Text);
        Assert.Equal(kind, basis.Kind);
        Assert.Equal(number, basis.Number);
        Assert.Equal(year, basis.Year);
        Assert.Equal(subject, basis.Subject);
    }

    [Fact]
    public void Parse_drops_the_amendment_clause_from_the_subject()
    {
        var basis = LegalBasisParser.Parse(
            "UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015");
        Assert.Equal("Pemerintahan Daerah", basis.Subject);
        Assert.Equal("23", basis.Number);
        Assert.Equal(2014, basis.Year);
    }

    [Fact]
    public void Parse_of_unknown_text_keeps_the_text_and_nulls()
    {
        var basis = LegalBasisParser.Parse("Arahan pimpinan");
        Assert.Equal("Arahan pimpinan", basis.Text);
        Assert.Null(basis.Kind);
        Assert.Null(basis.Number);
        Assert.Null(basis.Year);
        Assert.Null(basis.Subject);
    }
}

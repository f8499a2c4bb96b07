using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class LabelsTests
{
    [Theory]
    [InlineData("Nomor SOP : 900 / /KTI/2019", FieldLabel.Number, "900 / /KTI/2019")]
    [InlineData("Nomor : SOP/Kec.Dep/095/2017", FieldLabel.Number, "SOP/Kec.Dep/095/2017")]
    [InlineData("No. SOP", FieldLabel.Number, "")]
    [InlineData("Tgl Pembuatan :", FieldLabel.Created, "")]
    [InlineData("Tgl. Pembuatan", FieldLabel.Created, "")]
    [InlineData("Tanggal Pembuatan : 2 Maret 2020", FieldLabel.Created, "2 Maret 2020")]
    [InlineData("Tgl Revisi : 28 MEI 2024", FieldLabel.Revised, "28 MEI 2024")]
    [InlineData("Tanggal Efektif", FieldLabel.Effective, "")]
    [InlineData("Tgl Pengesahan : 24 FEBRUARI 2023", FieldLabel.Effective, "24 FEBRUARI 2023")]
    [InlineData("Disahkan Oleh", FieldLabel.Approval, "")]
    [InlineData("Disahkan Oleh |", FieldLabel.Approval, "")]
    [InlineData("Nama SOP : Penyerahan Arsip Statis", FieldLabel.Title, "Penyerahan Arsip Statis")]
    [InlineData("Judul SOP Mekanisme Pengukuran", FieldLabel.Title, "Mekanisme Pengukuran")]
    [InlineData("Dasar Hukum :", FieldLabel.LegalBasis, "")]
    [InlineData("Kualifikasi Pelaksanaan", FieldLabel.Qualifications, "")]
    [InlineData("Keterkanitan", FieldLabel.RelatedSops, "")]
    [InlineData("Peralatan/ Perlengkapan :", FieldLabel.Equipment, "")]
    [InlineData("PERINGATAN : Apabila tidak dilaksanakan", FieldLabel.Warnings, "Apabila tidak dilaksanakan")]
    [InlineData("Pencatatan dan Pendataan:", FieldLabel.Records, "")]
    [InlineData("NOMOR SOP AP : SOP-016/17000/2025", FieldLabel.Number, "SOP-016/17000/2025")]
    [InlineData("Nomor Urut SOP", FieldLabel.Number, "")]
    [InlineData("Tanggal", FieldLabel.Created, "")] // a form with one date row
    [InlineData("Tanggal : 9 Agustus 2023", FieldLabel.Created, "9 Agustus 2023")]
    [InlineData("Tanggal 19 Agustus 2023.", FieldLabel.Created, "19 Agustus 2023.")] // a date needs no colon
    [InlineData("Keterkaitan &", FieldLabel.RelatedSops, "")] // a stroke after the label
    [InlineData("Keterkaitan -", FieldLabel.RelatedSops, "-")] // the SOP way of saying "none"
    public void TryMatch_recognises_labels_variants_and_typos(string text, FieldLabel label, string rest)
    {
        Assert.True(Labels.TryMatch(text, out var found, out var value));
        Assert.Equal(label, found);
        Assert.Equal(rest, value);
    }

    [Theory]
    [InlineData("Peralatan komputer, jaringan internet dan buku-buku referensi")]
    [InlineData("No. Uraian Prosedur")]
    [InlineData("Nomor 35 Tahun 2012")]
    [InlineData("Memahami peraturan terkait")]
    [InlineData("Pencatatan Barang Persediaan pada Kartu Kendali")]
    [InlineData("Tanggal dan jam kerja")]
    [InlineData("")]
    public void TryMatch_does_not_take_prose_for_a_label(string text) => Assert.False(Labels.TryMatch(text, out _, out _));

    [Theory]
    [InlineData("Peringatan Pencatatan dan Pendataan", FieldLabel.Warnings, FieldLabel.Records)]
    [InlineData("Dasar Hukum Kualifikasi Pelaksana", FieldLabel.LegalBasis, FieldLabel.Qualifications)]
    [InlineData("Keterkanitan Peralatan/Perlengkapan", FieldLabel.RelatedSops, FieldLabel.Equipment)]
    public void TryMatchPair_reads_two_section_labels_on_one_line(string text, FieldLabel left, FieldLabel right)
    {
        Assert.True(Labels.TryMatchPair(text, out var l, out var r));
        Assert.Equal(left, l);
        Assert.Equal(right, r);
    }

    [Theory]
    [InlineData("Tanggal Pembuatan : 2 Maret 2020")]
    [InlineData("Tgl. Revisi")]
    [InlineData("Keterkanitan")]
    [InlineData("Peringatan Pencatatan dan Pendataan")]
    [InlineData("Dasar Hukum Kualifikasi Pelaksana")]
    [InlineData("Dasar Hukum : Peraturan Pemerintah")]
    [InlineData("Judul SOP Mekanisme Pengukuran")]
    [InlineData("Nomor 35 Tahun 2012")]
    [InlineData("Tanggal Pengesahán : 2 Maret 2020")]
    [InlineData("Pérlengkapan")]
    [InlineData("Memahami peraturan terkait")]
    [InlineData("")]
    public void Read_gives_the_answers_of_TryMatch_and_TryMatchPair(string text)
    {
        var (label, value, pair) = Labels.Read(text);
        var matched = Labels.TryMatch(text, out var expectedLabel, out var expectedValue);
        Assert.Equal(matched ? expectedLabel : null, label);
        Assert.Equal(matched ? expectedValue : "", value);
        var paired = Labels.TryMatchPair(text, out var left, out var right);
        Assert.Equal(paired ? (left, right) : null, pair);
    }

    [Theory]
    [InlineData("Tanggal Pengesahán : 2 Maret 2020", FieldLabel.Effective, "2 Maret 2020")]
    [InlineData("Kualifikasí Pelaksana", FieldLabel.Qualifications, "")]
    [InlineData("Tgl Revisl", FieldLabel.Revised, "")]
    [InlineData("Tanooal Ffektif", FieldLabel.Effective, "")]
    [InlineData("Pencatatan dan Pendaftaran", FieldLabel.Records, "")] // the exact "Pencatatan" would leave prose after it
    [InlineData("PENCATATAN DAN PEDATAAN", FieldLabel.Records, "")]
    [InlineData("Peralatan / perlenakapan", FieldLabel.Equipment, "")]
    [InlineData("PERALATAN/PERI ENGKAPAN", FieldLabel.Equipment, "")]
    [InlineData("KUALITAS PELAKSANA", FieldLabel.Qualifications, "")]
    [InlineData("eterkaitan", FieldLabel.RelatedSops, "")]
    [InlineData("langgal kfektit", FieldLabel.Effective, "")]
    [InlineData("PERALATANM:/ PERLENGKAPAN", FieldLabel.Equipment, "")] // a letter misread as the colon // both ends misread: long enough to tell
    public void TryMatch_reads_accented_and_misspelt_labels(string text, FieldLabel label, string rest)
    {
        Assert.True(Labels.TryMatch(text, out var found, out var value));
        Assert.Equal(label, found);
        Assert.Equal(rest, value);
    }
}

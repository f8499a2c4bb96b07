using System.Globalization;
using System.Text;
using SopIngest.Core.Model;

namespace SopIngest.Web.Publishing;

/// <summary>A readable Markdown rendering of a published SOP: identity table, sections, steps table.</summary>
public static class SopMarkdownRenderer
{
    public static string Render(SopDocument sop, PublishedSop? published = null)
    {
        ArgumentNullException.ThrowIfNull(sop);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Text.Md(sop.Title ?? "SOP tanpa nama")).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        void Row(string label, string? value) => md.Append("| ").Append(label).Append(" | ").Append(Text.Md(value)).AppendLine(" |");
        Row("Nomor SOP", sop.Number);
        Row("Pemerintah", sop.Agency.Government);
        Row("Unit", sop.Agency.Unit);
        Row("Sub-unit", sop.Agency.SubUnit);
        Row("Tanggal Pembuatan", sop.Dates.Created.Raw);
        Row("Tanggal Revisi", sop.Dates.Revised.Raw);
        Row("Tanggal Efektif", sop.Dates.Effective.Raw);
        Row("Disahkan Oleh", string.Join(", ", new[] { sop.Approval.Title, sop.Approval.Name, sop.Approval.Rank }.Where(v => v is not null)));
        Row("NIP", sop.Approval.Nip);
        if (published is not null)
        {
            Row("Versi", published.Version.ToString(CultureInfo.InvariantCulture));
            Row("Diterbitkan", published.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        md.AppendLine();
        Section(md, "Dasar Hukum", sop.LegalBasis.Select(l => l.Text).ToList());
        Section(md, "Kualifikasi Pelaksana", sop.Qualifications);
        Section(md, "Keterkaitan", sop.RelatedSops);
        Section(md, "Peralatan / Perlengkapan", sop.Equipment);
        Section(md, "Peringatan", sop.Warnings);
        Section(md, "Pencatatan dan Pendataan", sop.Records);
        md.AppendLine("## Uraian Prosedur").AppendLine();
        md.AppendLine("| No | Kegiatan | Pelaksana | Simbol | Kelengkapan | Waktu | Output | Keterangan |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in sop.Steps)
        {
            md.Append("| ").Append(s.No?.ToString(CultureInfo.InvariantCulture) ?? "").Append(" | ").Append(Text.Md(s.Activity))
                .Append(" | ").Append(Text.Md(string.Join(", ", s.Actors))).Append(" | ").Append(Shape(s.Shape))
                .Append(" | ").Append(Text.Md(s.Requirements)).Append(" | ").Append(Text.Md(s.Duration.Raw))
                .Append(" | ").Append(Text.Md(s.Output)).Append(" | ").Append(Text.Md(s.Notes)).AppendLine(" |");
        }
        return md.ToString();
    }

    private static string Shape(StepShape? shape) => shape switch
    {
        StepShape.Terminator => "mulai/selesai",
        StepShape.Decision => "keputusan",
        StepShape.Process => "proses",
        _ => "",
    };

    private static void Section(StringBuilder md, string title, IReadOnlyList<string> items)
    {
        md.Append("## ").AppendLine(title).AppendLine();
        if (items.Count == 0)
        {
            md.AppendLine("-").AppendLine();
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            md.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(Text.Md(items[i]));
        }
        md.AppendLine();
    }
}

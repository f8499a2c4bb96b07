using System.Globalization;
using System.Text;
using SopIngest.Core.Model;

namespace SopIngest.Web.Publishing;

/// <summary>
/// The print-ready HTML of a published SOP in the SOP AP layout (A4 landscape): the identity block (agency left,
/// number, dates, approval and name right), the six sections in two columns, then the procedure table whose actor
/// columns hold the flowchart redrawn as one SVG (<see cref="FlowchartSvg"/>) spanning every step row. Row heights
/// are fixed from the text length so the SVG rows line up with the table rows. Every document value is HTML-encoded.
/// </summary>
public static class SopHtmlRenderer
{
    private const double CharWidth = 6.1;   // px per character of 11px DejaVu Sans, a little generous
    private const double LineHeight = 14;
    private const double ActivityWidth = 190;
    private const double SmallWidth = 92;

    public static string Render(SopDocument sop, PublishedSop? published = null)
    {
        ArgumentNullException.ThrowIfNull(sop);
        var actors = sop.Actors.Count > 0 ? sop.Actors : [""];
        var columnWidth = Math.Clamp(520.0 / actors.Count, 74, 110);
        var layout = new FlowchartSvg.Layout(columnWidth, sop.Steps.Select(RowHeight).ToList());
        var h = new StringBuilder(16 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>")
            .Append(Text.H(sop.Title ?? "SOP")).Append("</title>")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Append("<style>").Append(Css).Append("</style></head><body><article class=\"sop\">");

        // identity block
        h.Append("<table class=\"identity\"><tr><td class=\"agency\" rowspan=\"6\">")
            .Append("<div class=\"logo\" aria-hidden=\"true\"></div>")
            .Append("<p>").Append(Text.H(sop.Agency.Government?.ToUpperInvariant())).Append("</p>")
            .Append("<p><b>").Append(Text.H(sop.Agency.Unit?.ToUpperInvariant())).Append("</b></p>")
            .Append("<p>").Append(Text.H(sop.Agency.SubUnit)).Append("</p></td>");
        Row(h, "Nomor SOP", sop.Number, first: true);
        Row(h, "Tanggal Pembuatan", sop.Dates.Created.Raw);
        Row(h, "Tanggal Revisi", sop.Dates.Revised.Raw);
        Row(h, "Tanggal Efektif", sop.Dates.Effective.Raw);
        h.Append("<tr><th>Disahkan Oleh</th><td>").Append(Text.H(sop.Approval.Title)).Append("<br><br><b>")
            .Append(Text.H(sop.Approval.Name)).Append("</b><br>").Append(Text.H(sop.Approval.Rank)).Append("<br>NIP. ")
            .Append(Text.H(sop.Approval.Nip)).Append("</td></tr>");
        Row(h, "Nama SOP", sop.Title, bold: true);
        h.Append("</table>");

        // sections, two by two as on the form
        h.Append("<table class=\"sections\">");
        SectionPair(h, "Dasar Hukum", sop.LegalBasis.Select(l => l.Text).ToList(), "Kualifikasi Pelaksana", sop.Qualifications);
        SectionPair(h, "Keterkaitan", sop.RelatedSops, "Peralatan / Perlengkapan", sop.Equipment);
        SectionPair(h, "Peringatan", sop.Warnings, "Pencatatan dan Pendataan", sop.Records);
        h.Append("</table>");

        // procedure table
        h.Append("<table class=\"procedure\"><colgroup><col style=\"width:30px\"><col style=\"width:")
            .Append(Px(ActivityWidth)).Append("\">");
        foreach (var _ in actors)
        {
            h.Append("<col style=\"width:").Append(Px(columnWidth)).Append("\">");
        }
        for (var i = 0; i < 4; i++)
        {
            h.Append("<col style=\"width:").Append(Px(SmallWidth)).Append("\">");
        }
        h.Append("</colgroup><thead><tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Uraian Prosedur</th><th colspan=\"")
            .Append(actors.Count.ToString(CultureInfo.InvariantCulture)).Append("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr><tr>");
        foreach (var actor in actors)
        {
            h.Append("<th class=\"actor\">").Append(Text.H(actor)).Append("</th>");
        }
        h.Append("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr></thead><tbody>");
        for (var i = 0; i < sop.Steps.Count; i++)
        {
            var step = sop.Steps[i];
            // the collapsed 1px border between rows adds to each row: take it off so the SVG rows stay aligned
            h.Append("<tr style=\"height:").Append(Px(layout.RowHeights[i] - 1)).Append("\"><td class=\"no\">")
                .Append(step.No?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td><td>").Append(Text.H(step.Activity)).Append("</td>");
            if (i == 0)
            {
                h.Append("<td class=\"chart\" colspan=\"").Append(actors.Count.ToString(CultureInfo.InvariantCulture))
                    .Append("\" rowspan=\"").Append(sop.Steps.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(FlowchartSvg.Render(sop, layout)).Append("</td>");
            }
            h.Append("<td>").Append(Text.H(step.Requirements)).Append("</td><td>").Append(Text.H(step.Duration.Raw))
                .Append("</td><td>").Append(Text.H(step.Output)).Append("</td><td>").Append(Text.H(step.Notes)).Append("</td></tr>");
        }
        h.Append("</tbody></table>");

        if (sop.Signature is { } signature)
        {
            h.Append("<p class=\"signature\">").Append(Text.H(signature.Place)).Append(signature.Place is null ? "" : ", ")
                .Append(Text.H(signature.Date.Raw)).Append("<br>").Append(Text.H(sop.Approval.Title)).Append("<br><br><br><b>")
                .Append(Text.H(sop.Approval.Name)).Append("</b><br>NIP. ").Append(Text.H(sop.Approval.Nip)).Append("</p>");
        }
        if (published is not null)
        {
            h.Append("<footer>").Append(Text.H(published.SopId)).Append(" · versi ")
                .Append(published.Version.ToString(CultureInfo.InvariantCulture)).Append(" · diterbitkan ")
                .Append(published.PublishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</footer>");
        }
        h.Append("</article></body></html>\n");
        return h.ToString();
    }

    /// <summary>Tall enough for the longest wrapped text of the row, and never less than the flowchart needs.</summary>
    internal static double RowHeight(Step step)
    {
        static int Lines(string? text, double width) =>
            string.IsNullOrEmpty(text) ? 1 : (int)Math.Ceiling(text.Length * CharWidth / (width - 8));
        var lines = new[]
        {
            Lines(step.Activity, ActivityWidth), Lines(step.Requirements, SmallWidth), Lines(step.Duration.Raw, SmallWidth),
            Lines(step.Output, SmallWidth), Lines(step.Notes, SmallWidth),
        }.Max();
        return Math.Max(60, lines * LineHeight + 14);
    }

    private static void Row(StringBuilder h, string label, string? value, bool first = false, bool bold = false)
    {
        if (!first)
        {
            h.Append("<tr>");
        }
        h.Append("<th>").Append(label).Append("</th><td>").Append(bold ? "<b>" : "").Append(Text.H(value)).Append(bold ? "</b>" : "").Append("</td></tr>");
    }

    private static void SectionPair(StringBuilder h, string leftLabel, IReadOnlyList<string> left, string rightLabel, IReadOnlyList<string> right)
    {
        h.Append("<tr><td>");
        Section(h, leftLabel, left);
        h.Append("</td><td>");
        Section(h, rightLabel, right);
        h.Append("</td></tr>");
    }

    private static void Section(StringBuilder h, string label, IReadOnlyList<string> items)
    {
        h.Append("<b>").Append(label).Append(" :</b>");
        if (items.Count == 0)
        {
            h.Append("<p>-</p>");
            return;
        }
        h.Append("<ol>");
        foreach (var item in items)
        {
            h.Append("<li>").Append(Text.H(item)).Append("</li>");
        }
        h.Append("</ol>");
    }

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "px";

    private const string Css = """
        @page { size: A4 landscape; margin: 10mm; }
        body { margin: 0; font: 11px/1.25 "DejaVu Sans", Arial, sans-serif; color: #000; }
        .sop { max-width: 1060px; margin: 0 auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; text-align: left; }
        .identity { margin-bottom: 6px; } .identity th { width: 130px; font-weight: normal; }
        .identity .agency { width: 45%; text-align: center; vertical-align: middle; }
        .agency p { margin: 2px 0; } .logo { width: 46px; height: 54px; margin: 0 auto 4px; border: 1px solid #000; border-radius: 0 0 23px 23px; }
        .sections td { width: 50%; } .sections ol { margin: 2px 0 2px 16px; padding: 0; }
        .procedure { table-layout: fixed; margin-top: 6px; page-break-inside: auto; }
        .procedure thead th { text-align: center; vertical-align: middle; font-weight: bold; }
        .procedure tr { page-break-inside: avoid; }
        .procedure td.no { text-align: center; }
        .procedure td.chart { padding: 0; vertical-align: top; }
        .procedure td.chart svg { display: block; }
        .signature { margin: 14px 0 0 65%; } footer { margin-top: 10px; font-size: 9px; color: #444; }
        """;
}

namespace SopIngest.Core.Splitting;

/// <summary>
/// Tells an SOP AP document from the other papers an inbox receives (letters, decrees, lists, reports, posters): an SOP
/// shows the form's identity labels (two at least on one page, or one with two section labels) or a procedure table
/// (activities and the performers' columns). Cheap: label matching over the lines already read.
/// </summary>
public static class SopRecognizer
{
    /// <summary>Why the pages are not an SOP, for a person; null when they are one.</summary>
    public static string? NotSopReason(IReadOnlyList<PageEvidence> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Any(p => p.OpensSop || p.HasProcedureTable))
        {
            return null;
        }
        var labels = pages.SelectMany(p => p.Identity.Concat(p.Sections)).Distinct().Count();
        return labels == 0
            ? "no SOP identity labels (Nomor SOP, Tanggal Pembuatan, Disahkan oleh, Nama SOP) and no procedure table were found"
            : $"only {labels} of the SOP form's labels and no procedure table were found (an SOP AP shows Nomor SOP, Tanggal Pembuatan, Disahkan oleh, Nama SOP or a table of activities and performers)";
    }
}

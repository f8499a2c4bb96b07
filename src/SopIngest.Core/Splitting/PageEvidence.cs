using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Splitting;

/// <summary>
/// What a page shows of the SOP AP form: the identity labels on it (Nomor SOP, Tanggal Pembuatan, Disahkan oleh, Nama
/// SOP, ...), the section labels (Dasar Hukum, Kualifikasi Pelaksana, ...), and whether it holds a procedure table
/// (a header with activities and performers' columns). The splitter and the recogniser read pages by it.
/// </summary>
public sealed record PageEvidence(int Page, IReadOnlySet<FieldLabel> Identity, IReadOnlySet<FieldLabel> Sections,
    bool HasProcedureTable)
{
    /// <summary>An identity page opens an SOP: two identity labels at least, or one with two section labels.</summary>
    public bool OpensSop => Identity.Count >= 2 || (Identity.Count == 1 && Sections.Count >= 2);

    public static PageEvidence Of(LayoutPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var identity = new HashSet<FieldLabel>();
        var sections = new HashSet<FieldLabel>();
        var hasTable = false;
        void Look(TextLine line)
        {
            if (Labels.TryMatch(line.Text, out var label, out _))
            {
                (Labels.IsSection(label) ? sections : identity).Add(label);
            }
        }
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    foreach (var line in text.Lines)
                    {
                        Look(line);
                    }
                    break;
                case TableBlock table:
                    hasTable |= ProcedureHeader.TryRead(table) is { } header && header.ActorColumns.Any();
                    foreach (var cell in table.Cells)
                    {
                        foreach (var line in cell.Lines)
                        {
                            Look(line);
                        }
                    }
                    break;
            }
        }
        return new PageEvidence(page.Number, identity, sections, hasTable);
    }
}

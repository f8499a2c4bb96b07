using SopIngest.Core.Layout;

namespace SopIngest.Core.Splitting;

/// <summary>
/// Finds where each SOP of a file starts and ends (an SOP book scanned into one PDF: identity page, procedure pages,
/// identity page, ...). An SOP starts at a page that opens one (its identity labels, <see cref="PageEvidence.OpensSop"/>)
/// once the SOP so far has had its own identity page or procedure table, and runs to the page before the next start.
/// Pages before the first start belong to the first SOP (a cover, a table of contents). A procedure table numbered from
/// 1 again does not start an SOP by itself: one SOP may draw two flows (a BPS SOP's request and approval procedures).
/// <code>
///   page    1 identity | 2 steps 1-8 | 3 identity | 4 steps 1-6 | 5 steps 7-9 | 6 identity | 7 steps 1-4 (1-3 again)
///   SOPs    [1, 2]                   | [3, 5]                                 | [6, 7]
/// </code>
/// </summary>
public static class SopSplitter
{
    public static IReadOnlyList<PageRange> Split(IReadOnlyList<PageEvidence> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return [];
        }
        var starts = new List<int> { 0 };
        bool hadIdentity = false, hadTable = false;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            // A second identity page after the SOP had its own (two SOPs without procedure tables) or its table.
            if (i > 0 && page.OpensSop && (hadIdentity || hadTable))
            {
                starts.Add(i);
                (hadIdentity, hadTable) = (false, false);
            }
            hadIdentity |= page.OpensSop;
            hadTable |= page.HasProcedureTable;
        }
        var ranges = new List<PageRange>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] - 1 : pages.Count - 1;
            ranges.Add(new PageRange(pages[starts[s]].Page, pages[end].Page));
        }
        return ranges;
    }

    /// <inheritdoc cref="Split(IReadOnlyList{PageEvidence})"/>
    public static IReadOnlyList<PageRange> Split(LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Split(layout.Pages.Select(PageEvidence.Of).ToList());
    }
}

using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Tables;

/// <summary>One cell of a ruled grid: its top-left slot, its span in slots, and its box on the page.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColSpan, Box Box);

using SopIngest.Core.Layout;
using SopIngest.Pdf.Tables;

namespace SopIngest.Pdf.Pages;

/// <summary>A flowchart symbol found on a page, with the table cell that holds its centre.</summary>
internal sealed record PlacedMark(MarkKind Kind, Box Box, TableGrid Table, GridCell Cell, bool IsRound = false);

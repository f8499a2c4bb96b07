using SopIngest.Core.Layout;

namespace SopIngest.Scan.Grid;

/// <summary>One cell of a recovered table grid, spans included, with its box in page pixels.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColSpan, Box Box);

using System.Text.Json.Serialization;

namespace SopIngest.Core.Layout;

/// <summary>
/// One cell of a table at grid position (<see cref="Row"/>, <see cref="Column"/>), 0-based, spanning
/// <see cref="RowSpan"/> x <see cref="ColSpan"/> grid slots. Lines keep the cell's own line breaks
/// (list items, <c>&lt;br&gt;</c>, wrapped OCR lines).
/// </summary>
[method: JsonConstructor]
public sealed record Cell(int Row, int Column, IReadOnlyList<TextLine> Lines, IReadOnlyList<Mark> Marks,
    int RowSpan = 1, int ColSpan = 1, Box? Box = null)
{
    public Cell(int row, int column, string text) :
        this(row, column, text.Length == 0 ? [] : [new TextLine(text)], []) { }

    public string Text => Lines.Count switch
    {
        0 => "",
        1 => Lines[0].Text,
        _ => string.Join(' ', Lines.Select(l => l.Text)),
    };
}

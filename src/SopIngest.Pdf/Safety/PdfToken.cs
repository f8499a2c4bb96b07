namespace SopIngest.Pdf.Safety;

/// <summary>A token's kind and where its bytes are (a name's without the slash); integers carry their value.</summary>
internal readonly record struct PdfToken(PdfTokenKind Kind, int Start, int End, long Value = 0);

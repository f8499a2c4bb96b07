namespace SopIngest.Pdf.Safety;

/// <summary>
/// One object of the file as the preflight sees it: its value (<see cref="PdfName"/>, <see cref="PdfRef"/>, long,
/// double, bool, null, <c>List&lt;object?&gt;</c> or <c>Dictionary&lt;string, object?&gt;</c>; strings are left out)
/// and, for a stream, where its stored bytes are.
/// </summary>
internal sealed record PdfObject(long Number, object? Value, Range? Stream = null)
{
    public Dictionary<string, object?>? Dictionary => Value as Dictionary<string, object?>;
}

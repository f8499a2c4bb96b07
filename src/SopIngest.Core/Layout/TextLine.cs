using System.Text.Json.Serialization;

namespace SopIngest.Core.Layout;

/// <summary>
/// One line (or paragraph, or list item) of text in reading order. <see cref="Words"/> is empty for
/// exports that carry no geometry; <see cref="Text"/> is then all there is.
/// </summary>
[method: JsonConstructor]
public sealed record TextLine(string Text, IReadOnlyList<Word> Words, int Page = 1)
{
    public TextLine(string text) : this(text, [], 1) { }

    public Box? Box => Layout.Box.UnionAll(Words.Select(w => w.Box));

    /// <summary>Lowest word confidence on the line; null when not OCRed.</summary>
    public double? MinConfidence => Words.Count == 0 || Words.Any(w => w.Confidence is null)
        ? null
        : Words.Min(w => w.Confidence);

    public static TextLine FromWords(IReadOnlyList<Word> words, int page) =>
        new(string.Join(' ', words.Select(w => w.Text)), words, page);
}

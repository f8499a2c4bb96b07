using System.Text.Json.Serialization;

namespace SopIngest.Core.Layout;

/// <summary>A piece of a page in reading order: a run of text lines or a table.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextBlock), "text")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record Block(int Page);

/// <summary>Consecutive lines outside any table (headings, paragraphs, list items, label lines).</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines, int Page = 1) : Block(Page);

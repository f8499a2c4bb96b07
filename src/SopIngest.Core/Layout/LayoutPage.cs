namespace SopIngest.Core.Layout;

/// <summary>One source page; width and height in the unit of its boxes (0 when the source has no pages).</summary>
public sealed record LayoutPage(int Number, IReadOnlyList<Block> Blocks, double Width = 0, double Height = 0);

namespace SopIngest.Core.Layout;

/// <summary>A flowchart mark in a cell; <see cref="Label"/> is text written inside it (Mulai, Ya).</summary>
public sealed record Mark(MarkKind Kind, string? Label = null, Box? Box = null)
{
    public bool IsShape => Kind is MarkKind.Terminator or MarkKind.Process or MarkKind.Decision or MarkKind.Shape;
}

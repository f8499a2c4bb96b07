namespace SopIngest.Core.Splitting;

/// <summary>The 1-based pages <see cref="First"/> to <see cref="Last"/> of a source file that hold one SOP.</summary>
public readonly record struct PageRange(int First, int Last)
{
    public int Count => Last - First + 1;

    public bool Contains(int page) => page >= First && page <= Last;

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}

namespace SopIngest.Readers;

/// <summary>
/// What a Markdown or HTML export may ask of its reader before it is refused as hostile; each refusal names the limit.
/// Real exports nest a few levels and render to about twice their size.
/// </summary>
public sealed record ExportLimits
{
    /// <summary>
    /// HTML elements inside each other (counted from the tags before parsing: tree construction slows down with depth,
    /// 100,000 nested divs took minutes).
    /// </summary>
    public int MaxHtmlNesting { get; init; } = 2000;

    /// <summary>
    /// Markdown containers inside each other (block quotes, lists in list items), counted from the line starts before
    /// Markdig parses: nested lists cost Markdig time that grows with the cube of their depth (3,000 levels: 40 s).
    /// </summary>
    public int MaxMarkdownNesting { get; init; } = 64;

    /// <summary>
    /// HTML that Markdown may render to, per character of Markdown: a link reference repeats its URL at every use, so
    /// 1.4 MB of Markdown can ask for gigabytes. Rendering stops at the limit.
    /// </summary>
    public double MaxExpansionRatio { get; init; } = 20;

    /// <summary>Markdown renders to at least this many characters whatever its size (<see cref="MaxExpansionRatio"/> aside).</summary>
    public int MinExpansionChars { get; init; } = 1 << 20;

    /// <summary>Rendered HTML characters at most, whatever the Markdown's size (64 M characters hold 128 MB).</summary>
    public int MaxRenderedChars { get; init; } = 64 << 20;

    /// <summary>How many rendered characters <paramref name="markdownLength"/> characters of Markdown may give.</summary>
    public long RenderBudget(int markdownLength) =>
        Math.Min(MaxRenderedChars, (long)Math.Max(MinExpansionChars, MaxExpansionRatio * markdownLength));

    public ExportLimits Validate()
    {
        if (MaxHtmlNesting < 16 || MaxMarkdownNesting < 4 || MaxExpansionRatio < 2 || MinExpansionChars < 1024 || MaxRenderedChars < MinExpansionChars)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHtmlNesting),
                "ExportLimits: MaxHtmlNesting must be at least 16, MaxMarkdownNesting at least 4, MaxExpansionRatio at least 2, MinExpansionChars at least 1024 and MaxRenderedChars at least MinExpansionChars.");
        }
        return this;
    }
}

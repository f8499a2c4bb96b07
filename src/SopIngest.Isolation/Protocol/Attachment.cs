namespace SopIngest.Isolation.Protocol;

/// <summary>Bytes that travel after a frame's JSON, named so a message can say what each is.</summary>
internal sealed record Attachment(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>The document's bytes, in a <see cref="ReadMessage"/> frame.</summary>
    public const string Document = "document";

    /// <summary>One SOP as SopJson (UTF-8), in a <see cref="ResultMessage"/> frame; several when a file holds several SOPs.</summary>
    public const string Sop = "sop";

    /// <summary>The layout model as JSON (UTF-8), in a <see cref="ResultMessage"/> frame answering <see cref="ReadKind.Layout"/>.</summary>
    public const string Layout = "layout";

    /// <summary>The pages' geometry as JSON (<see cref="PageEntry"/> list), in a <see cref="ResultMessage"/> frame answering <see cref="ReadKind.Sop"/>.</summary>
    public const string Pages = "pages";

    /// <summary>A page's image bytes, one attachment per page that has one, in page order after <see cref="Pages"/>.</summary>
    public const string PageImage = "page-image";
}

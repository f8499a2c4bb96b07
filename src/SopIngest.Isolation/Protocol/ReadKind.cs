namespace SopIngest.Isolation.Protocol;

/// <summary>What a <see cref="ReadMessage"/> asks for.</summary>
internal enum ReadKind
{
    /// <summary>The whole pipeline: one <see cref="Attachment.Sop"/> attachment per SOP found (SopJson).</summary>
    Sop,
    /// <summary>The reader's layout model only (the CLI's <c>layout</c> command): one <see cref="Attachment.Layout"/> attachment.</summary>
    Layout,
}

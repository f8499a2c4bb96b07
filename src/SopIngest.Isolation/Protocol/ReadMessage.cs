namespace SopIngest.Isolation.Protocol;

/// <summary>Host -> reader: read one document, whose bytes are the frame's <see cref="Attachment.Content"/> attachment.</summary>
internal sealed record ReadMessage(long Id, string FileName, ReadKind Kind) : ReaderMessage;

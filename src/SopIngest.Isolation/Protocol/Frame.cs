namespace SopIngest.Isolation.Protocol;

/// <summary>
/// What crosses the pipe: a message and its attachments. On the wire (see <see cref="FrameChannel"/>):
/// <code>
/// [int32 LE: n] [n bytes: UTF-8 JSON {"message": {...}, "attachments": [{"name", "length"}, ...]}] [attachment bytes, in order]
/// </code>
/// </summary>
internal sealed record Frame(ReaderMessage Message, IReadOnlyList<Attachment> Attachments)
{
    public Frame(ReaderMessage message)
        : this(message, [])
    {
    }

    /// <summary>Every attachment of that name, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> All(string name) =>
        Attachments.Where(a => string.Equals(a.Name, name, StringComparison.Ordinal)).Select(a => a.Content);

    /// <summary>The one attachment of that name.</summary>
    /// <exception cref="InvalidDataException">There is none.</exception>
    public ReadOnlyMemory<byte> Single(string name) =>
        Attachments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal))?.Content
        ?? throw new InvalidDataException($"The {Message.GetType().Name} frame has no '{name}' attachment.");
}

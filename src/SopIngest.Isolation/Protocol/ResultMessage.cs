namespace SopIngest.Isolation.Protocol;

/// <summary>
/// Reader -> host: the document was read. What was read travels as attachments (SOP JSON, layout JSON), so results
/// that carry more than one SOP, or page images, add attachments rather than change this message.
/// </summary>
internal sealed record ResultMessage(long Id) : ReaderMessage;

using SopIngest.Core.Pipeline;

namespace SopIngest.Isolation.Protocol;

/// <summary>
/// Host -> reader: read one document, whose bytes are the frame's <see cref="Attachment.Document"/> attachment; for
/// <see cref="ReadKind.Sop"/>, cut into SOPs as <see cref="Split"/> says (found by the splitter when null).
/// </summary>
internal sealed record ReadMessage(long Id, string FileName, ReadKind Kind, SplitRequest? Split = null) : ReaderMessage;

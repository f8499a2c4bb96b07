using SopIngest.Core.Pipeline;

namespace SopIngest.Isolation.Protocol;

/// <summary>Reader -> host: the document could not be read. <paramref name="Detail"/> is for administrators (exception text).</summary>
internal sealed record FailureMessage(long Id, FailureKind Kind, UnreadableReason? Reason, string Message, string? ExceptionType, string? Detail)
    : ReaderMessage;

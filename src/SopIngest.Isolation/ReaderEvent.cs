namespace SopIngest.Isolation;

/// <summary>
/// A reader process event, for a host's log: <paramref name="FileName"/> is the document being read (null for
/// start and recycle), <paramref name="Message"/> a sentence for the log, <paramref name="Detail"/> the reader's exit
/// status and last error output (crashes).
/// </summary>
public sealed record ReaderEvent(ReaderEventKind Kind, int ProcessId, string? FileName, string Message, string? Detail = null);

namespace SopIngest.Isolation.Protocol;

/// <summary>Reader -> host, while a document is read: a page is done.</summary>
internal sealed record ProgressMessage(long Id, int Page, int PageCount) : ReaderMessage;

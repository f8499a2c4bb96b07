namespace SopIngest.Isolation.Protocol;

/// <summary>Reader -> host: the engine is built; documents may come.</summary>
internal sealed record ReadyMessage(int ProcessId) : ReaderMessage;

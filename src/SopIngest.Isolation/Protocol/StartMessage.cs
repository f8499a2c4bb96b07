using SopIngest.Engine;

namespace SopIngest.Isolation.Protocol;

/// <summary>
/// Host -> reader, the first frame: the engine to build (every reader's options and limits) and how much address
/// space the reader may add to what it holds once the engine is built (0: no limit).
/// </summary>
internal sealed record StartMessage(EngineOptions Engine, long AddressSpaceHeadroomBytes) : ReaderMessage;

namespace SopIngest.Isolation.Protocol;

/// <summary>How a read failed inside the reader process (a crash never gets to say: the host sees the process die).</summary>
internal enum FailureKind
{
    /// <summary>The document cannot be read (<see cref="Core.Pipeline.UnreadableDocumentException"/>): final.</summary>
    Unreadable,
    /// <summary>The reader ran out of its managed heap (DOTNET_GCHeapHardLimit); the process exits after saying so.</summary>
    OutOfMemory,
    /// <summary>Any other exception: a reader bug or a missing native library.</summary>
    Error,
}

namespace SopIngest.Isolation;

/// <summary>
/// How untrusted documents are read in reader processes: how many, the limits each runs under, and when a document
/// is given up. Validated once, at start-up. The memory defaults keep a host and its readers under 2 GiB each.
/// </summary>
public sealed record IsolationOptions
{
    private const long MiB = 1024 * 1024;

    /// <summary>Reader processes at most, each reading one document at a time (the CLI: 1; a worker: its WorkerCount).</summary>
    public int MaxProcesses { get; init; } = 1;

    /// <summary>
    /// Resident memory a reader may use (its RSS, managed and native); the host watches it and stops the reader past
    /// it, failing the document. A 60-Mpx page read two at a time stays under 1 GiB.
    /// </summary>
    public long MemoryLimitBytes { get; init; } = 1536 * MiB;

    /// <summary>The reader's managed heap hard limit (DOTNET_GCHeapHardLimit): past it, allocation fails inside the reader.</summary>
    public long GcHeapLimitBytes { get; init; } = 1024 * MiB;

    /// <summary>
    /// Address space (RLIMIT_AS) a reader may map beyond what it holds once its engine is built, so a native allocation
    /// spree fails before the memory watch has to step in; 0 leaves the address space unlimited.
    /// </summary>
    public long AddressSpaceHeadroomBytes { get; init; } = 2048 * MiB;

    /// <summary>One document may take this long in a reader; the reader is then stopped and the document failed.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a new reader may take to build its engine and say it is ready.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the host looks at a busy reader's memory.</summary>
    public TimeSpan MemoryPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// A document that crashed this many readers is not tried again (a poison document): it fails with the reason.
    /// The first crash is retried once in a fresh reader, in case it was not the document's fault.
    /// </summary>
    public int MaxCrashes { get; init; } = 2;

    /// <summary>
    /// A reader is replaced after this many documents, so what native libraries leak or fragment is returned. A start
    /// costs about 0.7 s, so this is large; <see cref="RecycleAboveResidentBytes"/> catches growth sooner.
    /// </summary>
    public int RecycleAfterDocuments { get; init; } = 10_000;

    /// <summary>A reader whose resident memory is above this after a document is replaced before the next one.</summary>
    public long RecycleAboveResidentBytes { get; init; } = 768 * MiB;

    /// <summary>Largest result a reader may send back (SOP and layout JSON); more is a broken reader.</summary>
    public long MaxResultBytes { get; init; } = 256 * MiB;

    /// <summary>The reader program (sopingest-reader.dll); null: the one beside this program.</summary>
    public string? ReaderPath { get; init; }

    public IsolationOptions Validate()
    {
        Require(MaxProcesses is >= 1 and <= 64, "MaxProcesses must be 1-64.");
        Require(GcHeapLimitBytes >= 64 * MiB, "GcHeapLimitBytes must be at least 64 MiB.");
        Require(MemoryLimitBytes >= GcHeapLimitBytes, "MemoryLimitBytes must be at least GcHeapLimitBytes.");
        Require(AddressSpaceHeadroomBytes == 0 || AddressSpaceHeadroomBytes >= 256 * MiB, "AddressSpaceHeadroomBytes must be 0 (off) or at least 256 MiB.");
        Require(TimeLimit > TimeSpan.Zero && StartTimeout > TimeSpan.Zero, "TimeLimit and StartTimeout must be positive.");
        Require(MemoryPollInterval >= TimeSpan.FromMilliseconds(5) && MemoryPollInterval <= TimeSpan.FromSeconds(5),
            "MemoryPollInterval must be 5 ms to 5 s.");
        Require(MaxCrashes >= 1, "MaxCrashes must be at least 1.");
        Require(RecycleAfterDocuments >= 1, "RecycleAfterDocuments must be at least 1.");
        Require(RecycleAboveResidentBytes > 0 && RecycleAboveResidentBytes <= MemoryLimitBytes, "RecycleAboveResidentBytes must be positive and at most MemoryLimitBytes.");
        Require(MaxResultBytes >= MiB, "MaxResultBytes must be at least 1 MiB.");
        return this;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(nameof(IsolationOptions), $"IsolationOptions: {message}");
        }
    }
}

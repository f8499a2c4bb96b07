namespace SopIngest.Tesseract;

/// <summary>Settings of the shared <see cref="TesseractOcr"/>.</summary>
public sealed record TesseractOcrOptions
{
    public TesseractOptions Engine { get; init; } = new();

    /// <summary>
    /// Most images recognised at the same time, each on its own engine (about 100 MB each with <c>ind</c>).
    /// With OpenMP limited to one thread, one engine per core is the fastest (PLATFORM.md: 2 pages on 2 cores in
    /// the time of 1.2).
    /// </summary>
    public int MaxEngines { get; init; } = Math.Max(1, Environment.ProcessorCount);

    public TesseractOcrOptions Validate()
    {
        ArgumentNullException.ThrowIfNull(Engine);
        if (MaxEngines <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEngines), MaxEngines, "TesseractOcrOptions.MaxEngines must be positive.");
        }
        Engine.Validate();
        return this;
    }
}

namespace SopIngest.Isolation.Files;

/// <summary>How <see cref="UntrustedFile"/> reads a file someone else named or dropped.</summary>
public sealed record UntrustedFileOptions
{
    /// <summary>
    /// The folder the file must really lie in once every symbolic link is followed (an intake folder); null to allow
    /// links anywhere (the CLI, whose user names the files).
    /// </summary>
    public string? Root { get; init; }

    /// <summary>Larger files are refused without being read (defaults to ExtractionOptions.MaxBytes).</summary>
    public long MaxBytes { get; init; } = new Core.Pipeline.ExtractionOptions().MaxBytes;

    public UntrustedFileOptions Validate()
    {
        if (MaxBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), "MaxBytes must be positive.");
        }
        return this;
    }
}

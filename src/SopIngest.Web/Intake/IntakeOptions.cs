namespace SopIngest.Web.Intake;

/// <summary>Section <c>SopIngest:Intake</c>: upload limits, the watched inbox folder, and first-start seeding.</summary>
public sealed record IntakeOptions
{
    public const string Section = "SopIngest:Intake";

    /// <summary>Largest accepted file. A 300-page scan at 200 dpi is about 60 MB; exports are kilobytes.</summary>
    public long MaxFileBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Files in one upload request.</summary>
    public int MaxFilesPerRequest { get; init; } = 500;

    /// <summary>Largest upload request (all parts together); Kestrel refuses bigger bodies with 413.</summary>
    public long MaxRequestBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// A folder watched for new files (relative to the content root); null to turn it off. Accepted files move to
    /// <c>processed/</c>, refused ones to <c>rejected/</c> with a <c>.reason.txt</c> beside them.
    /// </summary>
    public string? InboxFolder { get; init; }

    public TimeSpan InboxPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A folder whose documents are ingested when the store is empty (first start); null to skip. The README's
    /// main command points it at <c>fixtures/corpus</c> so a newcomer sees results at once.
    /// </summary>
    public string? SeedFolder { get; init; }

    /// <summary>File patterns taken from <see cref="SeedFolder"/>; the expected-result JSON files are not inputs.</summary>
    public IReadOnlyList<string> SeedPatterns { get; init; } = ["*.md", "*.html", "*.txt", "*.pdf", "*.jpg", "*.png"];

    /// <summary>File names in <see cref="SeedFolder"/> that are about the documents rather than documents.</summary>
    public IReadOnlyList<string> SeedExclude { get; init; } = ["README.md"];

    /// <summary>
    /// A configured folder as a full path: relative paths are taken from the content root (the project folder
    /// under <c>dotnet run</c>, the app folder when published).
    /// </summary>
    public static string Resolve(string folder, string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, folder));

    public IntakeOptions Validate()
    {
        if (MaxFileBytes <= 0 || MaxRequestBytes < MaxFileBytes || MaxFilesPerRequest <= 0)
        {
            throw new InvalidOperationException(
                $"{Section}: MaxFileBytes and MaxFilesPerRequest must be positive and MaxRequestBytes at least MaxFileBytes.");
        }
        if (InboxPollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}: InboxPollInterval must be positive.");
        }
        return this;
    }
}

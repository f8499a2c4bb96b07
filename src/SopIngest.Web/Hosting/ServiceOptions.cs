namespace SopIngest.Web.Hosting;

/// <summary>
/// Section <c>SopIngest</c>: the role of this process and where the embedded configuration keeps its files.
/// Storage is chosen by connection strings (see <see cref="StorageMode"/>): none given means embedded.
/// </summary>
public sealed record ServiceOptions
{
    public const string Section = "SopIngest";

    public ServiceRole Role { get; init; } = ServiceRole.Both;

    /// <summary>Folder for the embedded SQLite database and blob folder, relative to the content root.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Blob container used when <c>ConnectionStrings:Blobs</c> is set.</summary>
    public string BlobContainer { get; init; } = "sopingest";

    public ServiceOptions Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new InvalidOperationException("SopIngest:DataDirectory must name a folder.");
        }
        if (string.IsNullOrWhiteSpace(BlobContainer) || BlobContainer.Length < 3 || BlobContainer.Any(char.IsUpper))
        {
            throw new InvalidOperationException("SopIngest:BlobContainer must be a valid container name (3-63 lower-case letters, digits, dashes).");
        }
        return this;
    }

    public bool RunsWeb => Role is ServiceRole.Both or ServiceRole.Web;

    public bool RunsWorker => Role is ServiceRole.Both or ServiceRole.Worker;
}

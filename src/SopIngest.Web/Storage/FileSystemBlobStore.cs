namespace SopIngest.Web.Storage;

/// <summary>
/// The embedded blob store: one file per key under a root folder. Each write goes to a temporary file first
/// and is then renamed over the key, so a reader (or a crash) never sees half a blob.
/// The content type is not kept: keys carry enough to know it (<see cref="ContentTypeOf"/>).
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string _root;

    public FileSystemBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<BlobContent?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return new BlobContent(bytes, ContentTypeOf(key));
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(key)));

    public Task CheckAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The blob folder {_root} is gone; recreate it or fix SopIngest:DataDirectory.");
        }
        return Task.CompletedTask;
    }

    internal static string ContentTypeOf(string key) => Path.GetExtension(key) switch
    {
        ".png" => "image/png",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private string PathOf(string key)
    {
        // Keys are built by BlobKeys from hex digests and numbers; refuse anything that could climb out of the root.
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException($"Invalid blob key '{key}'.", nameof(key));
        }
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}

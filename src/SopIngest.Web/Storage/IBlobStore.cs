namespace SopIngest.Web.Storage;

/// <summary>
/// Where originals, page images and extraction results live, by key (<see cref="BlobKeys"/>).
/// Writes are idempotent: writing the same key twice leaves one blob, so a job that runs twice is harmless.
/// Failures throw (the blob store being away is transient; jobs retry).
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>The blob's bytes, or null when there is no such blob.</summary>
    Task<BlobContent?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when the key exists; used to skip re-uploading an original seen before.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Throws when the store cannot be reached; the health check calls it.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}

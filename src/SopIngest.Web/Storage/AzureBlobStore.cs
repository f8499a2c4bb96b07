using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SopIngest.Web.Storage;

/// <summary>
/// Azure Blob Storage (or Azurite) behind <see cref="IBlobStore"/>: one container, keys as blob names.
/// The SDK's own retries (exponential, a few attempts) absorb short blips; longer outages surface as
/// exceptions and the job retries later.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly SemaphoreSlim _created = new(1, 1);
    private volatile bool _exists;

    public AzureBlobStore(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await _container.GetBlobClient(key).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<BlobContent?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _container.GetBlobClient(key).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new BlobContent(result.Value.Content.ToMemory(), result.Value.Details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        return await _container.GetBlobClient(key).ExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        await _container.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    // Created lazily rather than at start-up so a process can start while the blob service is still coming up.
    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_exists)
        {
            return;
        }
        await _created.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_exists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                _exists = true;
            }
        }
        finally
        {
            _created.Release();
        }
    }
}

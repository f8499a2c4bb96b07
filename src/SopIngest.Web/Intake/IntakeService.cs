using Microsoft.Extensions.Options;
using SopIngest.Core.Pipeline;
using SopIngest.Web.Jobs;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Intake;

/// <summary>
/// The one way in, shared by the upload API, the inbox folder and first-start seeding:
/// check -> store the original under its SHA-256 -> create the document (or find the earlier one) -> enqueue.
/// The original is stored before the record, so a record never points at a missing blob; a crash between
/// the record and the enqueue is repaired by <see cref="RecoveryService"/>.
/// </summary>
public sealed class IntakeService(SopStore store, IBlobStore blobs, DocumentQueue queue, IOptions<IntakeOptions> options)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Null when the file may be ingested; otherwise what is wrong with it (empty, too big, not a document).</summary>
    public IntakeRejection? Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        if (length == 0)
        {
            return new IntakeRejection(fileName, StatusCodes.Status400BadRequest, $"{fileName}: the file is empty (0 bytes).");
        }
        if (length > _options.MaxFileBytes)
        {
            return new IntakeRejection(fileName, StatusCodes.Status413PayloadTooLarge,
                $"{fileName}: {length / (1024 * 1024)} MB is over the {_options.MaxFileBytes / (1024 * 1024)} MB limit; split the document.");
        }
        if (MediaTypes.Sniff(fileName, head) == MediaTypes.Unknown)
        {
            return new IntakeRejection(fileName, StatusCodes.Status415UnsupportedMediaType,
                $"{fileName}: not a supported document; send PDF, PNG, JPEG or TIFF scans, or Markdown (.md), HTML (.html) or text (.txt) exports.");
        }
        return null;
    }

    /// <summary>Ingests a file that passed <see cref="Check"/>.</summary>
    public async Task<IntakeOutcome> AcceptAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var sha256 = SopExtractor.Sha256Hex(content.Span);
        var earlier = await store.FindBySha256Async(sha256, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return new IntakeOutcome(name, earlier, Duplicate: true);
        }
        var mediaType = MediaTypes.Sniff(name, content.Span[..Math.Min(content.Length, 4096)]);
        // No existence check first: writing the same bytes again is harmless and saves a round trip per file.
        await blobs.PutAsync(BlobKeys.Original(sha256), content, mediaType, cancellationToken).ConfigureAwait(false);
        var added = await store.AddAsync(new NewDocument(sha256, name, mediaType, content.Length), cancellationToken)
            .ConfigureAwait(false);
        if (added.Duplicate)
        {
            return new IntakeOutcome(name, added.Document, Duplicate: true);
        }
        var jobId = queue.Enqueue(added.Document.Id);
        await store.SetJobAsync(added.Document.Id, jobId, cancellationToken).ConfigureAwait(false);
        return new IntakeOutcome(name, added.Document, Duplicate: false);
    }
}

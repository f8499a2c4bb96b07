using System.Security.Cryptography;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Parsing;
using SopIngest.Core.Splitting;
using SopIngest.Core.Validation;

namespace SopIngest.Core.Pipeline;

/// <summary>
/// The extraction pipeline, in order: pick a reader -> read into the layout model -> parse the SOP ->
/// validate (flags) -> stamp the source. Built once, immutable, safe to share between threads.
/// </summary>
public sealed class SopExtractor
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly ExtractionOptions _options;

    public SopExtractor(IEnumerable<IDocumentReader> readers, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToList();
        _options = (options ?? new ExtractionOptions()).Validate();
    }

    public async Task<SopDocument> ExtractAsync(DocumentInput input, IProgress<PageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var layout = await ReadLayoutAsync(input, progress, cancellationToken).ConfigureAwait(false);
        return Finish(input, layout);
    }

    /// <summary>The first stage alone: the layout model the reader produced (for debugging and caching).</summary>
    public async Task<LayoutDocument> ReadLayoutAsync(DocumentInput input, IProgress<PageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckSize(input);
        var reader = _readers.FirstOrDefault(r => r.CanRead(input)) ?? throw new UnreadableDocumentException(
            UnreadableReason.UnsupportedType,
            $"{input.FileName}: unsupported file type ({input.MediaType}); send a PDF, PNG/JPEG/TIFF image, or a Markdown, HTML or text export.");
        return await reader.ReadAsync(input, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The whole pipeline for a file that may hold several SOPs (an SOP book) or none (a letter): read, then
    /// <see cref="FinishAll"/>. Throws <see cref="UnreadableDocumentException"/> (<see cref="UnreadableReason.NotSop"/>)
    /// when the file is not an SOP AP document, unless <see cref="SplitRequest.AsSop"/> says to read it as one anyway.
    /// </summary>
    public async Task<SopExtraction> ExtractAllAsync(DocumentInput input, SplitRequest? request = null,
        IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var layout = await ReadLayoutAsync(input, progress, cancellationToken).ConfigureAwait(false);
        return FinishAll(input, layout, request);
    }

    /// <summary>
    /// Parses and validates an already-read layout as the SOPs it holds: recognised as an SOP (else refused), split into
    /// the SOPs' page ranges (or the ranges a reviewer set), each parsed on its own pages and stamped with its range.
    /// </summary>
    public static SopExtraction FinishAll(DocumentInput input, LayoutDocument layout, SplitRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(layout);
        request ??= SplitRequest.Default;
        var evidence = layout.Pages.Select(PageEvidence.Of).ToList();
        if (!request.AsSop && request.Ranges is null && SopRecognizer.NotSopReason(evidence) is { } reason)
        {
            throw new UnreadableDocumentException(UnreadableReason.NotSop,
                $"{input.FileName}: not an SOP AP document: {reason}. Nothing was extracted; if it is an SOP after all, send it through as an SOP.");
        }
        var ranges = request.Ranges ?? SopSplitter.Split(evidence);
        if (ranges.Count <= 1)
        {
            return new SopExtraction([Finish(input, layout)], layout);
        }
        var sops = ranges.Select(range =>
        {
            var pages = layout.Pages.Where(p => range.Contains(p.Number)).ToList();
            var part = layout with { Pages = pages, Problems = layout.Problems.Where(f => f.Page is not { } page || range.Contains(page)).ToList() };
            var sop = Finish(input, part);
            return sop with { Source = sop.Source with { PageRange = [range.First, range.Last] } };
        }).ToList();
        return new SopExtraction(sops, layout);
    }

    /// <summary>Parses and validates an already-read layout; used by hosts that cache the layout.</summary>
    public static SopDocument Finish(DocumentInput input, LayoutDocument layout)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(layout);
        var parsed = SopParser.Parse(layout);
        var source = new SourceInfo(input.FileName, Sha256Hex(input.Content.Span), input.MediaType, layout.PageCount,
            layout.Method, layout.Method == ExtractionMethod.Ocr ? layout.MeanConfidence : null);
        return SopValidator.Validate(parsed.Document with { Source = source }, parsed.Evidence, layout.Problems);
    }

    public static string Sha256Hex(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));

    private void CheckSize(DocumentInput input)
    {
        if (input.Content.IsEmpty)
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty,
                $"{input.FileName}: the file is empty (0 bytes); upload the file again.");
        }
        var isText = input.MediaType is MediaTypes.Markdown or MediaTypes.Html or MediaTypes.Text;
        var limit = isText ? _options.MaxTextBytes : _options.MaxBytes;
        if (input.Content.Length > limit)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                $"{input.FileName}: too large ({input.Content.Length / (1024 * 1024)} MB, limit {limit / (1024 * 1024)} MB); split the document or raise the limit.");
        }
    }
}

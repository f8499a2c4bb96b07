using SopIngest.Core.Pipeline;
using SopIngest.Pdf.Safety;

namespace SopIngest.Pdf;

/// <summary>
/// The stream limits of one open PDF (see <see cref="SafePdf.Open"/>). PdfPig swallows some decoding errors and reads
/// on without the stream, so a reader asks the guard after each page whether a limit was passed.
/// </summary>
public sealed class PdfDecodeGuard
{
    private LimitViolation? _violation;

    internal PdfDecodeGuard(PdfLimits limits) => Limits = limits;

    internal PdfLimits Limits { get; }

    /// <summary>The stored size of the stream being decoded (the first filter's input).</summary>
    internal long StoredBytes { get; set; }

    internal void Refuse(LimitViolation violation) => Interlocked.CompareExchange(ref _violation, violation, null);

    /// <summary>True once a stream passed a limit.</summary>
    public bool Refused => Volatile.Read(ref _violation) is not null;

    /// <exception cref="UnreadableDocumentException">A stream passed a limit (<see cref="UnreadableReason.LimitExceeded"/>).</exception>
    public void ThrowIfRefused(string fileName)
    {
        if (Volatile.Read(ref _violation) is { } violation)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded, violation.Message(fileName));
        }
    }
}

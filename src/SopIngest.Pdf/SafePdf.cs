using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SopIngest.Core.Pipeline;
using SopIngest.Pdf.Safety;
using UglyToad.PdfPig;

namespace SopIngest.Pdf;

/// <summary>
/// How every PDF is opened here (the text reader, its probe, and the scan reader): first the structure is checked
/// against <see cref="PdfLimits"/> (<see cref="Check"/>), then PdfPig opens it with every stream decode bounded by the
/// same limits (<see cref="Open"/>).
/// </summary>
public static class SafePdf
{
    // The probe, the text reader and the scan reader see the same bytes: check them once (keyed by the buffer).
    private static readonly ConditionalWeakTable<byte[], Checked> Cache = new();

    /// <exception cref="UnreadableDocumentException">The file passes a limit (<see cref="UnreadableReason.LimitExceeded"/>).</exception>
    public static void Check(DocumentInput input, PdfLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Inspect(input.Content, limits) is { } violation)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded, violation.Message(input.FileName));
        }
    }

    /// <summary>Null when the PDF is within the limits, else what it passed.</summary>
    internal static LimitViolation? Inspect(ReadOnlyMemory<byte> pdf, PdfLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (MemoryMarshal.TryGetArray(pdf, out var segment) && segment.Array is { } array && segment.Offset == 0 && segment.Count == array.Length)
        {
            if (Cache.TryGetValue(array, out var known) && known.Limits == limits)
            {
                return known.Violation;
            }
            var violation = PdfPreflight.Check(pdf, limits);
            Cache.AddOrUpdate(array, new Checked(limits, violation));
            return violation;
        }
        return PdfPreflight.Check(pdf, limits);
    }

    /// <summary>
    /// Opens the PDF with PdfPig, leniently (office tools write slightly broken files; missing fonts still give letters
    /// with boxes), every stream decode bounded by <paramref name="limits"/>. Call <see cref="Check"/> first.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">Opening already decoded a stream over a limit (a cross-reference stream).</exception>
    public static (PdfDocument Document, PdfDecodeGuard Guard) Open(ReadOnlyMemory<byte> pdf, PdfLimits limits, string fileName)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var guard = new PdfDecodeGuard(limits);
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            FilterProvider = new LimitedFilterProvider(guard),
        };
        try
        {
            return (PdfDocument.Open(pdf, options), guard);
        }
        catch (Exception) when (guard.Refused)
        {
            guard.ThrowIfRefused(fileName);
            throw;
        }
    }

    private sealed record Checked(PdfLimits Limits, LimitViolation? Violation);
}

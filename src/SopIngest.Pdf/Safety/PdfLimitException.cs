namespace SopIngest.Pdf.Safety;

/// <summary>Thrown inside the preflight, and by the stream filters while PdfPig decodes, at the first limit passed.</summary>
internal sealed class PdfLimitException(LimitViolation violation) : Exception(violation.What)
{
    public LimitViolation Violation { get; } = violation;
}

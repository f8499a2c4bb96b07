using System.Globalization;

namespace SopIngest.Pdf.Safety;

/// <summary>The size and ratio limits for one stream, in one place for the preflight and for PdfPig's filters.</summary>
internal static class DecodeLimits
{
    /// <summary>How many decoded bytes a stream stored in <paramref name="storedBytes"/> may have before it is refused.</summary>
    public static long Cap(PdfLimits limits, long storedBytes) =>
        Math.Min(limits.MaxDecodedStreamBytes, (long)Math.Max(limits.RatioCheckFromBytes, limits.MaxDecodeRatio * Math.Max(1, storedBytes)));

    /// <exception cref="PdfLimitException">The decoded size is over the cap (the message names which limit).</exception>
    public static void Check(PdfLimits limits, long storedBytes, long decodedBytes, string what)
    {
        if (decodedBytes <= Cap(limits, storedBytes))
        {
            return;
        }
        if (decodedBytes > limits.MaxDecodedStreamBytes)
        {
            throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxDecodedStreamBytes),
                string.Create(CultureInfo.InvariantCulture, $"{what} decodes to more than {limits.MaxDecodedStreamBytes / (1024 * 1024)} MB")));
        }
        throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxDecodeRatio),
            string.Create(CultureInfo.InvariantCulture,
                $"{what} expands from {storedBytes} bytes to more than {decodedBytes - 1} ({limits.MaxDecodeRatio:0}x allowed): a decompression bomb")));
    }
}

using System.Globalization;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// One of PdfPig's filters under <see cref="PdfLimits"/>: Flate is measured (bounded, without keeping the bytes)
/// before PdfPig decodes it, CCITT's declared size is checked before it allocates, and every other filter's output
/// is checked after. A refusal is thrown into PdfPig and also kept in the guard, since PdfPig catches some errors
/// and reads on.
/// </summary>
internal sealed class LimitedFilter(IFilter inner, PdfDecodeGuard guard) : IFilter
{
    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        if (filterIndex == 0)
        {
            guard.StoredBytes = input.Length; // the stream as stored: the ratio is the whole chain's
        }
        var what = string.Create(CultureInfo.InvariantCulture, $"a stream ({inner.GetType().Name.Replace("Filter", "", StringComparison.Ordinal)})");
        var limits = guard.Limits;
        try
        {
            if (inner is FlateFilter)
            {
                DecodeLimits.Check(limits, guard.StoredBytes, BoundedInflate.Measure(input, DecodeLimits.Cap(limits, guard.StoredBytes)), what);
            }
            else if (inner is CcittFaxDecodeFilter && DeclaredBitmapBytes(streamDictionary) is { } declared)
            {
                DecodeLimits.Check(limits, guard.StoredBytes, declared, what);
            }
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            DecodeLimits.Check(limits, guard.StoredBytes, output.Length, what);
            return output;
        }
        catch (PdfLimitException e)
        {
            guard.Refuse(e.Violation);
            throw;
        }
    }

    /// <summary>A fax image's size from its parameters (Columns x Rows, one bit a pixel).</summary>
    private static long? DeclaredBitmapBytes(DictionaryToken dictionary)
    {
        var parameters = dictionary.TryGet(NameToken.DecodeParms, out var p) ? p : dictionary.TryGet(NameToken.Dp, out var dp) ? dp : null;
        var first = parameters is ArrayToken array ? array.Data.FirstOrDefault() : parameters;
        if (first is not DictionaryToken decode)
        {
            return null;
        }
        var columns = decode.TryGet(NameToken.Columns, out var c) && c is NumericToken cn ? cn.Long : 1728;
        var rows = decode.TryGet(NameToken.Rows, out var r) && r is NumericToken rn ? rn.Long : 0;
        return Math.Max(0, columns) / 8 * Math.Max(0, rows);
    }
}

namespace SopIngest.Core.Text;

/// <summary>Edit-distance similarity, so labels still match through OCR typos ("Keterkanitan").</summary>
public static class Fuzzy
{
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue);

    /// <summary>
    /// Levenshtein distance, giving up (returning a value above <paramref name="max"/>) once every path is
    /// longer than <paramref name="max"/>; label matching only cares about near misses.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Distance(a.AsSpan(), b.AsSpan(), max);
    }

    /// <summary>
    /// As <see cref="Distance(string, string, int)"/>. Only the diagonal band |i - j| &lt;= <paramref name="max"/>
    /// of the table is filled: a path that leaves it already costs more than <paramref name="max"/>, so
    /// distances up to <paramref name="max"/> come out exact and the work is length x (2 max + 1).
    /// </summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }
        if (b.Length == 0)
        {
            return a.Length;
        }
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max == int.MaxValue ? Math.Abs(a.Length - b.Length) : max + 1;
        }
        var band = Math.Min(max, Math.Max(a.Length, b.Length));
        // Cells outside the band count as "more than band"; band + 1 keeps the arithmetic from overflowing.
        var outside = band + 1;
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j <= band ? j : outside;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - band);
            var to = Math.Min(b.Length, i + band);
            cur[from - 1] = from == 1 && i <= band ? i : outside;
            var rowMin = cur[from - 1];
            var ai = a[i - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = ai == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.Min(value, outside);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (to < b.Length)
            {
                cur[to + 1] = outside;
            }
            if (rowMin > band)
            {
                return max == int.MaxValue ? Math.Max(a.Length, b.Length) : max + 1;
            }
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.Length] > band ? (max == int.MaxValue ? prev[b.Length] : max + 1) : prev[b.Length];
    }

    /// <summary>1 - distance / longer length, on already normalised keys.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        return 1.0 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);
    }
}

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
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.Length];
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

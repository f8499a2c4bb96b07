namespace SopIngest.Benchmarks.Quality;

/// <summary>
/// Share of the expected words the OCR text contains, counting repeats (a multiset intersection). Order and
/// layout are not judged: this measures what the parser has to work with, not where it is.
/// </summary>
internal static class WordRecall
{
    public static (int Found, int Expected) Measure(IReadOnlyList<string> expected, IEnumerable<string> recognised)
    {
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in recognised)
        {
            available[word] = available.GetValueOrDefault(word) + 1;
        }
        var found = 0;
        foreach (var word in expected)
        {
            if (available.GetValueOrDefault(word) > 0)
            {
                available[word]--;
                found++;
            }
        }
        return (found, expected.Count);
    }
}

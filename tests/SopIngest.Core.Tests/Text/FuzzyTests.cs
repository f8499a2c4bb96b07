using SopIngest.Core.Text;

namespace SopIngest.Core.Tests.Text;

public class FuzzyTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("keterkaitan", "keterkaitan", 0)]
    [InlineData("keterkanitan", "keterkaitan", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("pencatatan", "pendataan", 2)]
    [InlineData("abcdef", "fedcba", 6)]
    public void Distance_is_the_edit_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, Fuzzy.Distance(a, b));
        Assert.Equal(expected, Fuzzy.Distance(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("keterkanitan", "keterkaitan", 1, 1)]
    [InlineData("keterkanitan", "keterkaitan", 0, 1)]
    [InlineData("abcdef", "fedcba", 2, 3)]
    [InlineData("a", "abcdefgh", 3, 4)]
    public void Distance_gives_up_above_the_limit(string a, string b, int max, int expected) =>
        Assert.Equal(expected, Fuzzy.Distance(a, b, max));

    [Fact]
    public void Distance_with_a_limit_agrees_with_the_full_table_on_random_words()
    {
        var random = new Random(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var a = Word(random);
            var b = random.Next(3) == 0 ? Word(random) : Edit(a, random);
            var max = random.Next(8);
            var full = Naive(a, b);
            var limited = Fuzzy.Distance(a, b, max);
            Assert.True(full <= max ? limited == full : limited > max, $"'{a}' vs '{b}', limit {max}: {limited}, expected {full}");
            Assert.Equal(full, Fuzzy.Distance(a, b));
        }
    }

    private static string Word(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => "abcde "[random.Next(6)])]);

    private static string Edit(string word, Random random)
    {
        var chars = word.ToList();
        for (var k = random.Next(5); k > 0; k--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0 when chars.Count > 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, "abcde"[random.Next(5)]);
                    break;
                default:
                    if (chars.Count > 0)
                    {
                        chars[at] = "abcde"[random.Next(5)];
                    }
                    break;
            }
        }
        return new string([.. chars]);
    }

    /// <summary>The textbook full-table Levenshtein distance.</summary>
    private static int Naive(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.Length, b.Length];
    }
}

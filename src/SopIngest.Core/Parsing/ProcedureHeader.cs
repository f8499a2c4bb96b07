using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// The procedure table's header: which column is No, activity, each actor, Mutu Baku's parts and
/// Keterangan. Two-row headers ("Pelaksana" and "Mutu Baku" spanning their sub-columns) are read by
/// taking, per column, the lowest header text above it:
/// <code>
///  | No | Uraian | Pelaksana             | Mutu Baku              | Ket |
///  |    |        | Camat | Sekcam | Staf | Kelengkapan | Waktu | Out |     |
/// </code>
/// </summary>
public sealed partial record ProcedureHeader(IReadOnlyList<ColumnRole> Roles, IReadOnlyList<string?> Names,
    int FirstDataRow, DurationUnit? BareDurationUnit)
{
    public int ColumnOf(ColumnRole role)
    {
        for (var c = 0; c < Roles.Count; c++)
        {
            if (Roles[c] == role)
            {
                return c;
            }
        }
        return -1;
    }

    public IEnumerable<int> ActorColumns => Enumerable.Range(0, Roles.Count).Where(c => Roles[c] == ColumnRole.Actor);

    /// <summary>Reads the header of a table, or null when the table is not a procedure table.</summary>
    public static ProcedureHeader? TryRead(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var start = FindHeaderStart(table);
        if (start < 0)
        {
            return null;
        }
        // The header goes on below its first row while the activity column stays empty or spanned
        // (two-row headers); a row with activity text is data, even without a number (a continued step).
        var activityColumn = table.Row(start).FirstOrDefault(c => RoleOf(c.Text) == ColumnRole.Activity)?.Column ?? -1;
        var activityHeader = table.At(start, activityColumn);
        var firstData = start + 1;
        while (firstData < table.RowCount && firstData - start < MaxHeaderRows && !IsDataRow(table, firstData) &&
               (table.At(firstData, activityColumn) is not { } below || ReferenceEquals(below, activityHeader) ||
                below.Text.Length == 0 || RoleOf(below.Text) != ColumnRole.Unknown || IsColumnNumber(below.Text)))
        {
            firstData++;
        }
        var roles = new ColumnRole[table.ColumnCount];
        var names = new string?[table.ColumnCount];
        for (var c = 0; c < table.ColumnCount; c++)
        {
            names[c] = LeafText(table, start, firstData, c);
            roles[c] = names[c] is { } name ? RoleOf(name) : ColumnRole.Unknown;
        }
        var activity = Array.IndexOf(roles, ColumnRole.Activity);
        if (activity < 0)
        {
            return null;
        }
        if (Array.IndexOf(roles, ColumnRole.No) < 0 && NumberColumn(table, firstData, activity) is { } numbers)
        {
            // The "No" header lost to OCR or left blank: the column before the activities that numbers the rows is it.
            roles[numbers] = ColumnRole.No;
        }
        var mutuBaku = Enumerable.Range(activity + 1, table.ColumnCount - activity - 1)
            .FirstOrDefault(c => roles[c] is ColumnRole.Requirements or ColumnRole.Duration or ColumnRole.Output or ColumnRole.Notes, table.ColumnCount);
        for (var c = activity + 1; c < mutuBaku; c++)
        {
            if (names[c] is not null && !IsColumnNumber(names[c]!))
            {
                roles[c] = ColumnRole.Actor;
            }
        }
        var durationColumn = Array.IndexOf(roles, ColumnRole.Duration);
        var bareUnit = durationColumn >= 0 ? Durations.UnitInHeader(names[durationColumn]!) : null;
        return new ProcedureHeader(roles, names, firstData, bareUnit);
    }

    /// <summary>True when the row starts a step: a number in one of the first two columns.</summary>
    public static bool IsDataRow(TableBlock table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var c = 0; c < Math.Min(2, table.ColumnCount); c++)
        {
            if (table.At(row, c) is { } cell && cell.Row == row && StepNumber().IsMatch(cell.Text))
            {
                var filled = table.Row(row).Where(x => x.Text.Length > 0).ToList();
                // "1 2 3 4 5 ..." under the header numbers the columns; it is not a step.
                return filled.Count >= 2 && !filled.All(x => IsColumnNumber(x.Text));
            }
        }
        return false;
    }

    /// <summary>
    /// The column left of the activity column whose body cells are mostly step numbers (half of those not empty, two
    /// at least), or null.
    /// </summary>
    private static int? NumberColumn(TableBlock table, int firstData, int activity)
    {
        for (var c = activity - 1; c >= 0; c--)
        {
            int filled = 0, numbers = 0;
            for (var r = firstData; r < table.RowCount; r++)
            {
                if (table.At(r, c) is { } cell && cell.Row == r && cell.Column == c && cell.Text.Length > 0)
                {
                    filled++;
                    numbers += StepNumber().IsMatch(cell.Text) ? 1 : 0;
                }
            }
            if (numbers >= 2 && 2 * numbers >= filled)
            {
                return c;
            }
        }
        return null;
    }

    private static int FindHeaderStart(TableBlock table)
    {
        // Each row's roles are needed twice (as the row and as the row below): read them once.
        var below = table.RowCount > 0 ? RolesOf(table, 0) : [];
        for (var r = 0; r < Math.Min(table.RowCount, 6); r++)
        {
            var roles = below;
            below = r + 1 < table.RowCount ? RolesOf(table, r + 1) : [];
            if (roles.Contains(ColumnRole.Activity) &&
                (roles.Count(x => x != ColumnRole.Unknown) >= 2 || below.Count(x => x != ColumnRole.Unknown) >= 2 ||
                 table.Row(r).Any(c => IsGroupHeader(c.Text))))
            {
                return r;
            }
        }
        return -1;
    }

    private static List<ColumnRole> RolesOf(TableBlock table, int row)
    {
        var cells = table.Row(row);
        var roles = new List<ColumnRole>(cells.Count);
        foreach (var cell in cells)
        {
            roles.Add(RoleOf(cell.Text));
        }
        return roles;
    }

    private static string? LeafText(TableBlock table, int start, int end, int column)
    {
        for (var r = end - 1; r >= start; r--)
        {
            if (table.At(r, column) is { } cell && TextNormalizer.NullIfBlank(cell.Text) is { } text &&
                !IsColumnNumber(text))
            {
                return text;
            }
        }
        return null;
    }

    private static bool IsGroupHeader(string text)
    {
        var key = TextNormalizer.Key(text);
        return Near(key, "pelaksana") || key.StartsWith("mutu", StringComparison.Ordinal);
    }

    private const int MaxHeaderWords = 6;

    /// <summary>Group row, names row and a column-number row at most.</summary>
    private const int MaxHeaderRows = 3;

    /// <summary>True for the "1 2 3 4 ..." row some tables put under the header.</summary>
    public static bool IsColumnNumberRow(TableBlock table, int row)
    {
        ArgumentNullException.ThrowIfNull(table);
        var filled = table.Row(row).Where(x => x.Text.Length > 0).ToList();
        return filled.Count >= 3 && filled.All(x => IsColumnNumber(x.Text));
    }

    internal static ColumnRole RoleOf(string text)
    {
        // Header cells are short; a long cell that mentions "uraian tugas" is content, not a header.
        if (HasManyAsciiWords(text))
        {
            return ColumnRole.Unknown;
        }
        var key = TextNormalizer.Key(text);
        if (key.Length == 0 || key.Count(c => c == ' ') >= MaxHeaderWords)
        {
            return ColumnRole.Unknown;
        }
        if (key is "no" or "nomor" or "no urut" or "nmr" or "nomer")
        {
            return ColumnRole.No;
        }
        var words = key.Split(' ');
        foreach (var word in words)
        {
            if (Any(word, ActivityWords))
            {
                return ColumnRole.Activity;
            }
        }
        foreach (var word in words)
        {
            if (Any(word, RequirementWords))
            {
                return ColumnRole.Requirements;
            }
            if (Any(word, DurationWords))
            {
                return ColumnRole.Duration;
            }
            if (Any(word, OutputWords))
            {
                return ColumnRole.Output;
            }
            if (Any(word, NotesWords))
            {
                return ColumnRole.Notes;
            }
        }
        return ColumnRole.Unknown;
    }

    private static readonly string[] ActivityWords = ["uraian", "kegiatan", "aktivitas", "aktifitas", "prosedur", "langkah", "tahapan"];
    private static readonly string[] RequirementWords = ["kelengkapan", "persyaratan", "perlengkapan", "syarat"];
    private static readonly string[] DurationWords = ["waktu", "durasi"];
    private static readonly string[] OutputWords = ["output", "ouput", "keluaran"];
    private static readonly string[] NotesWords = ["keterangan", "ket", "catatan"];

    private static bool Any(string word, string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (Near(word, keyword))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word, or a near miss of it: at least 75 % similar, i.e. at most a quarter of the longer one edited.</summary>
    private static bool Near(string word, string keyword)
    {
        if (word == keyword)
        {
            return true;
        }
        if (keyword.Length < 5 || Math.Abs(word.Length - keyword.Length) > 2 || word.Length == 0 ||
            (word[0] != keyword[0] && word[^1] != keyword[^1]))
        {
            return false;
        }
        var longer = Math.Max(word.Length, keyword.Length);
        return Fuzzy.Distance(word, keyword, longer / 4) * 4 <= longer;
    }

    /// <summary>
    /// True when ASCII text has more than <see cref="MaxHeaderWords"/> words, without building its key: for ASCII
    /// the key's words are exactly the runs of letters and digits. Cells of prose are most cells.
    /// </summary>
    private static bool HasManyAsciiWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (!inWord && ++words > MaxHeaderWords)
                {
                    return System.Text.Ascii.IsValid(text);
                }
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return false;
    }

    private static bool IsColumnNumber(string text) => ColumnNumber().IsMatch(text);

    [GeneratedRegex(@"^\s*\d{1,5}\s*[.)]?\s*$")]
    private static partial Regex StepNumber();

    [GeneratedRegex(@"^\(?\d{1,2}\)?$")]
    private static partial Regex ColumnNumber();
}

using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>The "Place, date" line after the procedure table and the signature block below it.</summary>
internal static partial class ClosingBlock
{
    /// <summary>
    /// How far below the place-and-date line a signature block may reach, in lines holding two letters or
    /// digits or more: OCR reads a signature scribble or a stamp as a column of one-character lines.
    /// </summary>
    private const int MaxSignatureLines = 10;

    public sealed record Result(Signature? Signature, Approval? Approval, IReadOnlyList<TextLine> NipLines,
        IReadOnlyList<TextLine> NameLines);

    public static Result Read(IReadOnlyList<TextLine> lines)
    {
        var start = -1;
        Signature? signature = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = PlaceDate().Match(lines[i].Text);
            if (m.Success && IndonesianDates.Parse(m.Groups["date"].Value) is { Value: not null } date)
            {
                signature = new Signature(TextNormalizer.Fold(m.Groups["place"].Value), date);
                start = i + 1;
                break;
            }
        }
        if (start < 0)
        {
            // No place-and-date line: accept a block only when an NIP closes it soon.
            var nipAt = FindNip(lines, 0, Reach(lines, 0));
            if (nipAt < 0)
            {
                return new Result(null, null, [], []);
            }
            start = Math.Max(0, nipAt - 4);
        }
        var reach = Reach(lines, start);
        var end = FindNip(lines, start, reach);
        var block = lines.Skip(start).Take(end >= 0 ? end - start + 1 : reach - start).ToList();
        if (block.Count == 0)
        {
            return new Result(signature, null, [], []);
        }
        var approval = ApprovalParser.Parse(block);
        var nipLines = end >= 0 ? new[] { lines[end] } : [];
        return new Result(signature, approval, nipLines, block);
    }

    private static int FindNip(IReadOnlyList<TextLine> lines, int from, int reach)
    {
        for (var i = from; i < reach; i++)
        {
            if (Nip.HasLabel(lines[i].Text) || Nip.Find(lines[i].Text) is not null)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index just past the last line a signature block starting at <paramref name="from"/> may hold.</summary>
    private static int Reach(IReadOnlyList<TextLine> lines, int from)
    {
        var counted = 0;
        var i = from;
        for (; i < lines.Count && counted < MaxSignatureLines; i++)
        {
            if (lines[i].Text.Count(char.IsLetterOrDigit) >= 2)
            {
                counted++;
            }
        }
        return i;
    }

    [GeneratedRegex(@"^\s*(?<place>[A-Za-z][A-Za-z .'\-]{1,40}?)\s*,\s*(?<date>(?:\d{1,2}\s*)?[A-Za-z]{3,9}\.?\s*\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})\s*$")]
    private static partial Regex PlaceDate();
}

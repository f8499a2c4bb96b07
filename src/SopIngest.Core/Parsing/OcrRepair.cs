using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// The OCR-repair stage: what Tesseract gets wrong that a printed or exported document never has, mended in
/// the layout before the parser's stages read it, so they stay reader-neutral. <see cref="SopParser"/> runs it
/// on OCR layouts only. One method per part of the document; each repair says what OCR did.
/// </summary>
internal static partial class OcrRepair
{
    /// <summary>
    /// The front matter's blocks, repaired: what OCR read from a QR code, a signature or a stamp dropped from the
    /// cells, and item numbers it could not read given back.
    /// </summary>
    public static IReadOnlyList<Block> FrontMatter(IReadOnlyList<Block> blocks, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(options);
        return blocks.Select(block => block switch
        {
            TableBlock table => new TableBlock(
                table.Cells.Select(c => c with { Lines = RestoreLostNumbers(AttachHangingNumbers(DropSpeckles(c.Lines, options))) }).ToList(), table.Page),
            TextBlock text => text with { Lines = RestoreLostNumbers(text.Lines) },
            _ => block,
        }).ToList();
    }

    /// <summary>
    /// A QR code, a signature or a stamp in a cell comes out of OCR as a short line of weak words ("Seng MAAN",
    /// "au pisal" under the approver's position): a line this short read this weakly is dropped, unless it is all
    /// the cell holds (a weak value is still the value, and its evidence) or reads as a label ("deringatan:").
    /// </summary>
    public static IReadOnlyList<TextLine> DropSpeckles(IReadOnlyList<TextLine> lines, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        bool IsSpeckle(TextLine line) =>
            line.Text.Length <= options.SpeckleMaxLength && line.Words.Count > 0 &&
            line.Words.All(w => w.Confidence is not null) &&
            line.Words.Average(w => w.Confidence!.Value) < options.SpeckleConfidence &&
            Labels.Read(line.Text, options) is { Label: null, Pair: null };
        var kept = lines.Where(l => !IsSpeckle(l)).ToList();
        return kept.Count == lines.Count || kept.Count == 0 ? lines : kept;
    }

    /// <summary>
    /// A list whose numbers hang left of their items, centred on items of two lines, comes out of OCR with each
    /// number as a line of its own between the item's lines:
    /// <code>
    ///      Peraturan Presiden ... tentang Pengelolaan Pengaduan
    ///   2 —                                   the number's middle falls in the gap: it numbers the line above
    ///      Pelayanan Publik
    /// </code>
    /// The number (its stray strokes dropped) goes back before the line it numbers: the line above when its middle
    /// falls between two lines, the line it sits level with otherwise.
    /// </summary>
    public static IReadOnlyList<TextLine> AttachHangingNumbers(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (!lines.Any(IsHangingNumber) || lines.Any(l => l.Box is null))
        {
            return lines;
        }
        var result = lines.ToList();
        var last = 0;
        for (var k = 0; k < result.Count; k++)
        {
            var line = result[k];
            if (!IsHangingNumber(line))
            {
                if (TextNormalizer.HasListMarker(line.Text) && TextNormalizer.ItemNumber(line.Text) is { } marked)
                {
                    last = marked;
                }
                continue;
            }
            // Only a number that goes on counting: a "3" OCR found beside a logo numbers nothing.
            var digits = new string(line.Words[0].Text.TakeWhile(char.IsAsciiDigit).ToArray());
            var n = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            if (n != last + 1 || (n == 1 && !result.Skip(k + 1).Any(l => l.Text.StartsWith('2'))))
            {
                continue;
            }
            var number = line.Box!.Value;
            var middle = number.CenterY;
            var level = result.FindIndex(l => !ReferenceEquals(l, line) && l.Box!.Value.X > number.Right &&
                                              middle >= l.Box!.Value.Y && middle <= l.Box!.Value.Bottom);
            var above = k == 0 ? -1 : result.FindLastIndex(k - 1, l => l.Box!.Value.X > number.Right && l.Box!.Value.Bottom <= middle);
            var target = level >= 0 ? level : above;
            if (target < 0 || TextNormalizer.HasListMarker(result[target].Text))
            {
                continue;
            }
            var marker = line.Words[0] with { Text = digits + "." };
            result[target] = TextLine.FromWords([marker, .. result[target].Words], result[target].Page);
            result.RemoveAt(k);
            last = n;
            k--;
        }
        return result;
    }

    /// <summary>A line that is an item number alone, perhaps with a stroke OCR read beside it ("2 —", "5 “", "3").</summary>
    private static bool IsHangingNumber(TextLine line) =>
        line.Words.Count is 1 or 2 && HangingNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^\d{1,2}[.)]?(?:\s+[^\p{L}\p{N}]{1,2})?$")]
    private static partial Regex HangingNumber();

    /// <summary>
    /// An item number OCR could not read leaves a lone mark before the item (". Bila prosedur ...", "$ Peraturan
    /// ..." where "6." was printed). It becomes the number after the one above when a numbering is under way, and a
    /// bullet otherwise: either way the line starts an item again.
    /// </summary>
    public static IReadOnlyList<TextLine> RestoreLostNumbers(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? repaired = null;
        var last = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (TextNormalizer.HasListMarker(line.Text))
            {
                last = TextNormalizer.ItemNumber(line.Text) ?? last;
                continue;
            }
            if (TextNormalizer.BareItemNumber(line.Text) is { } bare && bare == last + 1)
            {
                last = bare;
                continue;
            }
            var lost = LostNumber().Match(line.Text);
            if (!lost.Success)
            {
                continue;
            }
            var marker = last > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{++last}.") : "•";
            repaired ??= [.. lines];
            repaired[k] = Remark(line, marker, lost.Groups["mark"].Value);
        }
        return repaired ?? lines;
    }

    /// <summary>The line with its first word, the lost number's mark, read as <paramref name="marker"/>.</summary>
    private static TextLine Remark(TextLine line, string marker, string mark)
    {
        if (line.Words.Count > 0 && line.Words[0].Text == mark)
        {
            return TextLine.FromWords([line.Words[0] with { Text = marker }, .. line.Words.Skip(1)], line.Page);
        }
        return line with { Text = marker + line.Text.TrimStart()[mark.Length..] };
    }

    /// <summary>
    /// A Nomor SOP as OCR read it, with the strokes it misread around the slashes mended: a quote or a second
    /// stroke beside a slash ("104 I/SOP/DISKOMINFO'/SET/2023" is "104 /SOP/DISKOMINFO/SET/2023"), the slash before
    /// "SOP" read as a letter ("44 ISOP/"), and a leading "1" read as a bracket never closed ("(90 /SOP/").
    /// </summary>
    public static string Number(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = QuoteAtSlash().Replace(number, "");
        text = StrokeBeforeSlash().Replace(text, "");
        text = SlashReadAsLetter().Replace(text, "/");
        return OpenBracketForOne().Replace(text, "1");
    }

    /// <summary>
    /// The colon after a label read as a stroke or a "1" ("Nomor SOP 1. SOP-280/17000/2025", "Nama SOP 1 STANDAR
    /// ..."): a lone such mark before a value that starts with a letter is dropped. Only for names and numbers: a
    /// date starts with its day ("1 Januari 2024").
    /// </summary>
    public static string ColonMisread(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ColonAsStroke().Replace(value, "", 1);
    }

    [GeneratedRegex(@"^(?:[1lI|!]\.?|[;.,])\s+(?=\p{L})")]
    private static partial Regex ColonAsStroke();

    [GeneratedRegex(@"['`‘’""“”]+(?=\s*/)|(?<=/\s*)['`‘’""“”]+")]
    private static partial Regex QuoteAtSlash();

    [GeneratedRegex(@"(?<=\s)[I|l(](?=/)")]
    private static partial Regex StrokeBeforeSlash();

    [GeneratedRegex(@"(?<=\d\s*)[I|l](?=SOP\b)")]
    private static partial Regex SlashReadAsLetter();

    [GeneratedRegex(@"^\((?=\d)(?![^)]*\))")]
    private static partial Regex OpenBracketForOne();

    [GeneratedRegex(@"^\s*(?<mark>[" + Vocabulary.LostNumberMarks + @"]\.?)\s+(?=\p{Lu})")]
    private static partial Regex LostNumber();
}

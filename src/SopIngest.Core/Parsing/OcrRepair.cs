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
    /// <summary>The front matter's blocks, repaired: item numbers OCR could not read given back.</summary>
    public static IReadOnlyList<Block> FrontMatter(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.Select(block => block switch
        {
            TableBlock table => new TableBlock(
                table.Cells.Select(c => c with { Lines = RestoreLostNumbers(c.Lines) }).ToList(), table.Page),
            TextBlock text => text with { Lines = RestoreLostNumbers(text.Lines) },
            _ => block,
        }).ToList();
    }

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
            if (TextNormalizer.BareItemNumber(line.Text) is { } bare && last > 0 && bare == last + 1)
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

    [GeneratedRegex(@"['`‘’""“”]+(?=\s*/)|(?<=/\s*)['`‘’""“”]+")]
    private static partial Regex QuoteAtSlash();

    [GeneratedRegex(@"(?<=\s)[I|l(](?=/)")]
    private static partial Regex StrokeBeforeSlash();

    [GeneratedRegex(@"(?<=\d\s*)[I|l](?=SOP\b)")]
    private static partial Regex SlashReadAsLetter();

    [GeneratedRegex(@"^\((?=\d)(?![^)]*\))")]
    private static partial Regex OpenBracketForOne();

    [GeneratedRegex(@"^\s*(?<mark>[" + Vocabulary.LostNumberMarks + @"])\s+(?=\p{Lu})")]
    private static partial Regex LostNumber();
}

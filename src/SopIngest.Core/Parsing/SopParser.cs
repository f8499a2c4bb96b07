using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// The one SOP parser: layout model in, structured SOP out, whatever the reader. Stages, in order:
/// procedure table (splits the document into front and back) -> front matter (identity, sections,
/// agency) -> closing block (place and date, signature) -> assembly.
/// </summary>
public static partial class SopParser
{
    public static ParsedSop Parse(LayoutDocument layout, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        options ??= ParserOptions.Default;
        var blocks = layout.Blocks.ToList();
        var evidence = new Dictionary<string, IReadOnlyList<TextLine>>(StringComparer.Ordinal);

        var procedure = ProcedureTableParser.Parse(blocks);
        IReadOnlyList<Block> frontBlocks = blocks;
        IReadOnlyList<TextLine> backLines = [];
        IReadOnlyList<Step> steps = [];
        IReadOnlyList<string> actors = [];
        if (procedure is not null)
        {
            var first = blocks.FindIndex(procedure.Tables.Contains);
            var last = blocks.FindLastIndex(procedure.Tables.Contains);
            frontBlocks = blocks[..first];
            if (blocks[first] is TableBlock shared && ProcedureHeader.TryRead(shared) is { HeaderRow: > 0 } header)
            {
                // The identity rows and the procedure table drawn as one grid: the rows above the header are front matter.
                frontBlocks = [.. frontBlocks, RowsAbove(shared, header.HeaderRow)];
            }
            backLines = LinesOf(blocks[(last + 1)..]);
            steps = layout.Method == ExtractionMethod.Ocr ? RepairOcrNumbers(procedure.Steps) : procedure.Steps;
            actors = procedure.Actors;
            for (var i = 0; i < procedure.Evidence.Count; i++)
            {
                evidence[$"steps[{i}].activity"] = procedure.Evidence[i].Activity;
                evidence[$"steps[{i}].duration"] = procedure.Evidence[i].Duration;
            }
        }
        else
        {
            var allLines = LinesOf(blocks);
            if (StepListParser.Parse(allLines) is { } fallback)
            {
                steps = fallback.Steps;
                backLines = allLines.Skip(fallback.HeaderLine + 1).ToList();
                frontBlocks = CutBefore(blocks, allLines[fallback.HeaderLine]);
            }
        }

        var front = FrontMatter.Read(layout.Method == ExtractionMethod.Ocr ? OcrRepair.FrontMatter(frontBlocks, options) : frontBlocks, options);
        var closing = ClosingBlock.Read(backLines);

        string? Field(FieldLabel label, string path)
        {
            if (!front.Fields.TryGetValue(label, out var lines))
            {
                return null;
            }
            evidence[path] = lines;
            return IdentityValues.Read(label, lines, options);
        }

        var title = IdentityValues.Title(Field(FieldLabel.Title, "title")) ?? Caption(front.Unclaimed, evidence);
        var headerApproval = front.Fields.TryGetValue(FieldLabel.Approval, out var approvalLines)
            ? ApprovalParser.Parse(approvalLines, options)
            : new Approval(null, null, null, null);
        if (approvalLines is not null)
        {
            evidence["approval.name"] = approvalLines;
            evidence["approval.nip"] = approvalLines.Where(l => Nip.HasLabel(l.Text)).ToList();
        }
        var approval = Merge(headerApproval, approvalLines ?? [], closing.Approval, closing.NameLines);
        if (closing.NipLines.Count > 0 &&
            (headerApproval.Nip is null || (approval.Nip is { } chosen && chosen != headerApproval.Nip)))
        {
            // The closing block's NIP was taken: its line is the evidence.
            evidence["approval.nip"] = closing.NipLines;
        }

        var document = new SopDocument
        {
            Title = title,
            Number = Field(FieldLabel.Number, "number"),
            Agency = AgencyLines.Read(front.UnclaimedGroups.Select(g => (IReadOnlyList<string>)g.Select(l => l.Text).ToList())),
            Dates = new SopDates(
                IndonesianDates.Parse(Field(FieldLabel.Created, "dates.created")),
                IndonesianDates.Parse(Field(FieldLabel.Revised, "dates.revised")),
                IndonesianDates.Parse(Field(FieldLabel.Effective, "dates.effective"))),
            Approval = approval with { Nip = approval.Nip is { } nip ? Nip.Digits(nip) is { Length: > 0 } d ? d : null : null },
            LegalBasis = Section(front, FieldLabel.LegalBasis).Select(LegalBasisParser.Parse).ToList(),
            Qualifications = Section(front, FieldLabel.Qualifications),
            RelatedSops = Section(front, FieldLabel.RelatedSops),
            Equipment = Section(front, FieldLabel.Equipment),
            Warnings = Section(front, FieldLabel.Warnings),
            Records = Section(front, FieldLabel.Records),
            Actors = actors,
            Steps = steps,
            Signature = closing.Signature,
        };
        return new ParsedSop(document, evidence);
    }

    /// <summary>
    /// OCR drops digits ("11" read as "1") or reads none. A number that breaks the sequence where the one
    /// expected contains it, while the next step goes on from the expected one, is the expected number.
    /// A real skip (2, 4, 5) does not qualify: "3" does not contain "4".
    /// </summary>
    private static IReadOnlyList<Step> RepairOcrNumbers(IReadOnlyList<Step> steps)
    {
        var repaired = steps.ToList();
        // The first number lost, the second reading 2: the first is 1.
        if (repaired.Count > 1 && repaired[0].No is null && repaired[1].No == 2)
        {
            repaired[0] = repaired[0] with { No = 1 };
        }
        for (var i = 1; i < repaired.Count; i++)
        {
            if (repaired[i - 1].No is not { } previous || repaired[i].No == previous + 1)
            {
                continue;
            }
            var expected = previous + 1;
            var read = repaired[i].No;
            var fits = read is null || expected.ToString(System.Globalization.CultureInfo.InvariantCulture)
                .Contains(read.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var nextGoesOn = i + 1 == repaired.Count || repaired[i + 1].No == expected + 1;
            if (fits && nextGoesOn)
            {
                repaired[i] = repaired[i] with { No = expected };
            }
        }
        return repaired;
    }

    private static IReadOnlyList<string> Section(FrontMatter front, FieldLabel label) =>
        front.Sections.TryGetValue(label, out var items) ? items : [];

    /// <summary>
    /// The header names the approver; the closing block usually adds name, rank and NIP. Where both give a
    /// value, the header wins, unless OCR read the closing block's line with more confidence (stamps and
    /// signatures often cover the header's cell), or only the other NIP has its 18 digits.
    /// </summary>
    private static Approval Merge(Approval header, IReadOnlyList<TextLine> headerLines, Approval? closing,
        IReadOnlyList<TextLine> closingLines)
    {
        if (closing is null)
        {
            return header;
        }
        string? Pick(string? a, string? b)
        {
            if (a is null || b is null)
            {
                return a ?? b;
            }
            var ca = ConfidenceOf(a, headerLines);
            var cb = ConfidenceOf(b, closingLines);
            return ca is not null && cb is not null && cb > ca ? b : a;
        }

        var nip = Nip.IsValid(Nip.Digits(header.Nip ?? "")) || !Nip.IsValid(Nip.Digits(closing.Nip ?? ""))
            ? Pick(header.Nip, closing.Nip)
            : closing.Nip;
        return new Approval(Pick(header.Title, closing.Title), Pick(header.Name, closing.Name),
            Pick(header.Rank, closing.Rank), nip);
    }

    /// <summary>Mean word confidence of the line a value was read from; null when not OCRed.</summary>
    private static double? ConfidenceOf(string value, IReadOnlyList<TextLine> lines)
    {
        var line = lines.FirstOrDefault(l => l.Text.Contains(value, StringComparison.Ordinal)) ??
                   lines.FirstOrDefault(l => value.Contains(l.Text, StringComparison.Ordinal));
        if (line is null || line.Words.Count == 0 || line.Words.Any(w => w.Confidence is null))
        {
            return null;
        }
        return line.Words.Average(w => w.Confidence!.Value);
    }

    /// <summary>
    /// Without a "Nama SOP" label (a photo of the procedure page), the caption above the table is the title:
    /// the last unclaimed line that is not an agency or address line.
    /// </summary>
    private static string? Caption(IReadOnlyList<TextLine> unclaimed, Dictionary<string, IReadOnlyList<TextLine>> evidence)
    {
        for (var i = unclaimed.Count - 1; i >= 0; i--)
        {
            var text = unclaimed[i].Text;
            // A list item or a regulation is section content the labels missed, never a caption.
            if (AgencyLines.IsAgencyLine(text) || text.Split(' ').Length < 2 || !Letters().IsMatch(text) ||
                TextNormalizer.HasListMarker(text) || LegalBasisParser.StartsLikeRegulation(text) ||
                Nip.HasLabel(text) || ApprovalParser.IsRank(text))
            {
                continue;
            }
            evidence["title"] = [unclaimed[i]];
            return IdentityValues.Caption(text);
        }
        return null;
    }

    private static List<TextLine> LinesOf(IEnumerable<Block> blocks)
    {
        var lines = new List<TextLine>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    lines.AddRange(text.Lines);
                    break;
                case TableBlock table:
                    lines.AddRange(table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column).SelectMany(c => c.Lines));
                    break;
            }
        }
        return lines;
    }

    /// <summary>The rows of <paramref name="table"/> above <paramref name="row"/>; cells reaching below it are cut there.</summary>
    private static TableBlock RowsAbove(TableBlock table, int row) =>
        new(table.Cells.Where(c => c.Row < row).Select(c => c.Row + c.RowSpan > row ? c with { RowSpan = row - c.Row } : c).ToList(), table.Page);

    /// <summary>The blocks before the one holding <paramref name="line"/>, plus that block's earlier lines.</summary>
    private static List<Block> CutBefore(List<Block> blocks, TextLine line)
    {
        var result = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is TextBlock text && text.Lines.Contains(line))
            {
                var before = text.Lines.TakeWhile(l => !ReferenceEquals(l, line)).ToList();
                if (before.Count > 0)
                {
                    result.Add(text with { Lines = before });
                }
                break;
            }
            result.Add(block);
        }
        return result;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Letters();
}

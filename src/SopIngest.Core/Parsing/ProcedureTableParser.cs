using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Reads the procedure table(s) into actors and steps. A table continued on the next page (with or
/// without its header) continues the same step list; a row without a number continues the step above, unless
/// its No cell holds something OCR could not read as a number and the row has a symbol: then it is a step of its own.
/// </summary>
internal static partial class ProcedureTableParser
{
    public sealed record Result(IReadOnlyList<string> Actors, IReadOnlyList<Step> Steps,
        IReadOnlyList<StepEvidence> Evidence, IReadOnlySet<Block> Tables);

    public sealed record StepEvidence(IReadOnlyList<TextLine> Activity, IReadOnlyList<TextLine> Duration);

    public static Result? Parse(IReadOnlyList<Block> blocks)
    {
        var tables = new HashSet<Block>();
        var rows = new List<RowData>();
        ProcedureHeader? current = null;
        List<string>? actors = null;
        foreach (var block in blocks)
        {
            if (block is not TableBlock table)
            {
                continue;
            }
            var header = ProcedureHeader.TryRead(table);
            if (header is null && current is not null && table.ColumnCount == current.Roles.Count &&
                Enumerable.Range(0, table.RowCount).Any(r => ProcedureHeader.IsDataRow(table, r)))
            {
                // A continuation page that did not repeat the header.
                header = current with { FirstDataRow = 0 };
            }
            if (header is null)
            {
                continue;
            }
            actors ??= header.ActorColumns.Select(c => header.Names[c]!).ToList();
            current = header;
            tables.Add(table);
            for (var r = header.FirstDataRow; r < table.RowCount; r++)
            {
                if (!ProcedureHeader.IsColumnNumberRow(table, r))
                {
                    rows.Add(ReadRow(table, header, r, actors));
                }
            }
        }
        if (actors is null || current is null)
        {
            return null;
        }
        // Where the export kept no graphics and no box glyphs, an arrow is all that is left of a shape
        // (seed-002 style). Any drawn mark, or a box glyph, means arrows are connectors passing through.
        var arrowsAreShapes = !rows.Any(r => r.HasStructuralMarks ||
                                             r.Marks.Any(m => m.Marks.Any(k => k.Kind is MarkKind.Process or MarkKind.Shape)));
        var builders = new List<StepBuilder>();
        foreach (var row in rows)
        {
            if (row.No is not null || row.StartsUnnumberedStep || builders.Count == 0)
            {
                if (row.IsEmpty)
                {
                    continue;
                }
                builders.Add(new StepBuilder(row.No));
            }
            else if (row.IsEmpty)
            {
                continue;
            }
            builders[^1].Add(row);
        }
        var steps = builders.Select((b, i) => b.Build(i == 0, i == builders.Count - 1, arrowsAreShapes)).ToList();
        return new Result(actors, steps, builders.Select(b => b.Evidence).ToList(), tables);
    }

    private static RowData ReadRow(TableBlock table, ProcedureHeader header, int row, IReadOnlyList<string> actors)
    {
        IReadOnlyList<TextLine> Lines(ColumnRole role)
        {
            var column = header.ColumnOf(role);
            return column >= 0 && table.At(row, column) is { } cell && cell.Row == row ? cell.Lines : [];
        }

        var noLines = Lines(ColumnRole.No);
        var activity = Lines(ColumnRole.Activity).ToList();
        int? no = null;
        var noText = string.Join(' ', noLines.Select(l => l.Text));
        if (Number().Match(noText) is { Success: true } m)
        {
            no = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (noText.Trim().Length == 0 && activity.Count > 0 && LeadingNumber().Match(activity[0].Text) is { Success: true } lead)
        {
            // OCR sometimes reads the number into the activity cell ("7. Menghimpun ...").
            no = int.Parse(lead.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            activity[0] = activity[0] with { Text = activity[0].Text[lead.Length..] };
        }
        var marks = new List<(string Actor, IReadOnlyList<Mark> Marks)>();
        var structural = false;
        var drawnShape = false;
        var actorIndex = 0;
        foreach (var column in header.ActorColumns)
        {
            var name = header.Names[column]!;
            var actor = actors.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)) ??
                        (actorIndex < actors.Count ? actors[actorIndex] : name);
            actorIndex++;
            if (table.At(row, column) is { } cell && cell.Row == row)
            {
                structural |= cell.Marks.Count > 0;
                drawnShape |= cell.Marks.Any(m => m.IsShape);
                var found = cell.Marks.Concat(GlyphMarks.Read(cell.Text)).ToList();
                if (found.Count > 0)
                {
                    marks.Add((actor, found));
                }
            }
        }
        // Something is written in the No cell but OCR made no number of it ("." for a noisy "7"): with a symbol in
        // the row this is a step of its own, its number unreadable (null), not the continuation of the step above.
        // A row whose No cell came out empty starts a step too when it has a drawn symbol of its own and activity text
        // (OCR loses a lone low-contrast digit): a continued row carries on the symbol of the row above, it does not draw one.
        var unreadableNo = no is null && marks.Count > 0 &&
                           ((noText.Any(ch => !char.IsWhiteSpace(ch)) && !noText.Any(char.IsDigit)) ||
                            (noText.Trim().Length == 0 && activity.Count > 0 && drawnShape));
        return new RowData(no, activity, Lines(ColumnRole.Requirements), Lines(ColumnRole.Duration),
            Lines(ColumnRole.Output), Lines(ColumnRole.Notes), marks, header.BareDurationUnit, structural, unreadableNo);
    }

    private sealed record RowData(int? No, IReadOnlyList<TextLine> Activity, IReadOnlyList<TextLine> Requirements,
        IReadOnlyList<TextLine> Duration, IReadOnlyList<TextLine> Output, IReadOnlyList<TextLine> Notes,
        IReadOnlyList<(string Actor, IReadOnlyList<Mark> Marks)> Marks, DurationUnit? BareUnit, bool HasStructuralMarks,
        bool StartsUnnumberedStep)
    {
        public bool IsEmpty => Activity.Count == 0 && Requirements.Count == 0 && Output.Count == 0 && Duration.Count == 0;
    }

    private sealed class StepBuilder(int? no)
    {
        private readonly List<TextLine> _activity = [];
        private readonly List<TextLine> _requirements = [];
        private readonly List<TextLine> _duration = [];
        private readonly List<TextLine> _output = [];
        private readonly List<TextLine> _notes = [];
        private readonly List<(string Actor, Mark Mark)> _marks = [];
        private DurationUnit? _bareUnit;

        public StepEvidence Evidence => new(_activity, _duration);

        public void Add(RowData row)
        {
            _activity.AddRange(row.Activity);
            _requirements.AddRange(row.Requirements);
            _duration.AddRange(row.Duration);
            _output.AddRange(row.Output);
            _notes.AddRange(row.Notes);
            _marks.AddRange(row.Marks.SelectMany(m => m.Marks.Select(k => (m.Actor, k))));
            _bareUnit ??= row.BareUnit;
        }

        public Step Build(bool isFirst, bool isLast, bool arrowsAreShapes)
        {
            var notes = Join(_notes);
            var shapes = _marks.Where(m => m.Mark.IsShape || (arrowsAreShapes && m.Mark.Kind == MarkKind.Arrow)).ToList();
            var actors = shapes.Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();
            StepShape? shape = null;
            if (shapes.Count > 0)
            {
                var kinds = shapes.Select(m => m.Mark.Kind).ToHashSet();
                shape = kinds.Contains(MarkKind.Decision) ? StepShape.Decision
                    : kinds.Contains(MarkKind.Terminator) ? StepShape.Terminator
                    : kinds.Contains(MarkKind.Process) ? StepShape.Process
                    : Infer(isFirst, isLast, notes);
            }
            return new Step(no, Join(_activity) ?? "", actors, shape, Join(_requirements),
                Durations.Parse(Join(_duration), _bareUnit), Join(_output), notes);
        }

        /// <summary>A mark that does not tell its symbol: first and last are terminators, a branch is a decision.</summary>
        private static StepShape Infer(bool isFirst, bool isLast, string? notes)
        {
            if (isFirst || isLast)
            {
                return StepShape.Terminator;
            }
            return notes is not null && Branch().IsMatch(notes) ? StepShape.Decision : StepShape.Process;
        }

        private static string? Join(List<TextLine> lines) =>
            TextNormalizer.NullIfBlank(string.Join(' ', lines.Select(l => l.Text)));
    }

    [GeneratedRegex(@"^\s*(\d{1,5})\s*[.)]?\s*$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*(\d{1,2})\s*[.)|]\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\b(?:Ya|Tidak)\s*[:=]", RegexOptions.IgnoreCase)]
    private static partial Regex Branch();
}

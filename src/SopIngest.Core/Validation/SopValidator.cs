using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Validation;

/// <summary>
/// Flags what is missing or doubtful, with the schema's codes and field paths. Flags are recomputed from
/// the values, so the review UI can call this again after every edit.
/// </summary>
public static partial class SopValidator
{
    public static SopDocument Validate(SopDocument document,
        IReadOnlyDictionary<string, IReadOnlyList<TextLine>>? evidence = null,
        IReadOnlyList<Flag>? problems = null, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var flags = new List<Flag>();
        void Add(FlagCode code, string field, FlagSeverity severity, string message) =>
            flags.Add(new Flag(code, field, severity, message));

        if (document.Title is null)
        {
            Add(FlagCode.MissingField, "title", FlagSeverity.Error, "Nama SOP tidak ditemukan.");
        }
        // A value the page has but OCR could not read (a handwritten number or date) is not missing: it is flagged as
        // unreadable where it stands, for the reviewer to type from the page.
        var unread = new List<string>();
        bool Unread(string field)
        {
            // Only OCR'd lines count (they carry a confidence): an export's leftover text is no unread handwriting.
            if (evidence is null || !evidence.TryGetValue(field, out var lines) ||
                !lines.Any(l => l.MinConfidence is not null && l.Text.Count(char.IsLetterOrDigit) >= 2))
            {
                return false;
            }
            unread.Add(field);
            return true;
        }
        bool Doubtful(string field) =>
            evidence is not null && evidence.TryGetValue(field, out var lines) &&
            lines.Any(l => l.MinConfidence is { } c && c < options.LowConfidence);
        if (document.Number is null)
        {
            if (!Unread("number"))
            {
                Add(FlagCode.MissingField, "number", FlagSeverity.Error, "Nomor SOP kosong atau tidak ditemukan.");
            }
        }
        else if (EmptySlot().IsMatch(document.Number))
        {
            Add(FlagCode.IncompleteNumber, "number", FlagSeverity.Warning, "Nomor SOP belum lengkap (ada bagian kosong).");
        }
        CheckDate(document.Dates.Created, "dates.created", required: document.Dates.Created.Raw is not null || !Unread("dates.created"), Add);
        CheckDate(document.Dates.Revised, "dates.revised", required: false, Add);
        CheckDate(document.Dates.Effective, "dates.effective", required: document.Dates.Effective.Raw is not null || !Unread("dates.effective"), Add);
        if (document.Approval.Name is null)
        {
            Add(FlagCode.MissingField, "approval.name", FlagSeverity.Error, "Nama pejabat yang mengesahkan tidak ditemukan.");
        }
        if (document.Approval.Nip is null)
        {
            if (!Unread("approval.nip"))
            {
                Add(FlagCode.MissingField, "approval.nip", FlagSeverity.Warning, "NIP pejabat yang mengesahkan tidak ditemukan.");
            }
        }
        else if (!Nip.IsValid(document.Approval.Nip) && Doubtful("approval.nip"))
        {
            // Digits OCR read unsurely (a stamp or signature over them) say nothing about the NIP printed: the
            // reviewer reads it from the page.
            unread.Add("approval.nip");
        }
        else if (!Nip.IsValid(document.Approval.Nip))
        {
            Add(FlagCode.InvalidNip, "approval.nip", FlagSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"NIP harus 18 digit; terbaca {document.Approval.Nip.Length} digit."));
        }
        foreach (var (field, items) in new (string, int)[]
                 {
                     ("legalBasis", document.LegalBasis.Count), ("qualifications", document.Qualifications.Count),
                     ("relatedSops", document.RelatedSops.Count), ("equipment", document.Equipment.Count),
                     ("warnings", document.Warnings.Count), ("records", document.Records.Count),
                 })
        {
            if (items == 0)
            {
                Add(FlagCode.MissingSection, field, FlagSeverity.Warning, $"Bagian {field} tidak ada atau kosong.");
            }
        }
        CheckSteps(document, Add);
        flags.AddRange(LowConfidence(evidence, unread, options));
        if (problems is not null)
        {
            flags.AddRange(problems);
        }
        return document with { Flags = flags };
    }

    private static void CheckDate(SopDate date, string field, bool required, Action<FlagCode, string, FlagSeverity, string> add)
    {
        if (date.Raw is null)
        {
            if (required)
            {
                add(FlagCode.MissingField, field, FlagSeverity.Warning, $"Tanggal ({field}) kosong atau tidak ditemukan.");
            }
        }
        else if (date.Value is null)
        {
            add(FlagCode.UnparsedDate, field, FlagSeverity.Warning, $"Tanggal \"{date.Raw}\" tidak dapat dibaca.");
        }
        else if (date.Value.Length == 7)
        {
            add(FlagCode.UnparsedDate, field, FlagSeverity.Info, $"Tanggal \"{date.Raw}\" hanya berisi bulan dan tahun.");
        }
    }

    private static void CheckSteps(SopDocument document, Action<FlagCode, string, FlagSeverity, string> add)
    {
        var actors = document.Actors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Steps.Count; i++)
        {
            var step = document.Steps[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"steps[{i}]");
            if (i > 0 && step.No is { } no && document.Steps[i - 1].No is { } previous && no != previous + 1)
            {
                add(FlagCode.StepSequenceGap, path + ".no", FlagSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"Nomor langkah {no} tidak mengikuti {previous}."));
            }
            if (step.Actors.Count == 0)
            {
                add(FlagCode.StepNoActor, path + ".actors", FlagSeverity.Warning, "Langkah ini tidak menunjuk pelaksana (tidak ada simbol).");
            }
            foreach (var actor in step.Actors.Where(a => !actors.Contains(a)))
            {
                add(FlagCode.UnknownActor, path + ".actors", FlagSeverity.Warning, $"Pelaksana \"{actor}\" bukan kolom tabel.");
            }
            if (step.Duration.Raw is null)
            {
                add(FlagCode.StepMissingDuration, path + ".duration", FlagSeverity.Warning, "Waktu langkah ini kosong.");
            }
            else if (step.Duration.Value is null)
            {
                add(FlagCode.UnparsedDuration, path + ".duration", FlagSeverity.Info, $"Waktu \"{step.Duration.Raw}\" bukan durasi yang terbaca.");
            }
        }
    }

    private static IEnumerable<Flag> LowConfidence(IReadOnlyDictionary<string, IReadOnlyList<TextLine>>? evidence,
        IReadOnlyCollection<string> unread, ValidationOptions options)
    {
        if (evidence is null)
        {
            return [];
        }
        // Exports carry no confidence at all, so most documents flag nothing: find the weak fields first and
        // sort only those (by field, as the flags are listed).
        var weak = new List<(string Field, TextLine Line, double Confidence)>();
        foreach (var (field, lines) in evidence)
        {
            TextLine? weakest = null;
            double? lowest = null;
            foreach (var line in lines)
            {
                // The first of equally weak lines, as a stable sort would give (and NaN lowest, as it sorts).
                if (line.MinConfidence is { } confidence &&
                    (lowest is null || Comparer<double>.Default.Compare(confidence, lowest.Value) < 0))
                {
                    weakest = line;
                    lowest = confidence;
                }
            }
            var isUnread = unread.Contains(field);
            if (weakest is not null && lowest is { } value && (value < options.LowConfidence || isUnread))
            {
                weak.Add((field, weakest, value));
            }
        }
        weak.Sort((a, b) => string.CompareOrdinal(a.Field, b.Field));
        return weak.Select(w => new Flag(FlagCode.LowConfidence, w.Field, unread.Contains(w.Field) ? FlagSeverity.Warning : FlagSeverity.Info,
            unread.Contains(w.Field)
                ? string.Create(CultureInfo.InvariantCulture, $"Nilai {w.Field} ada di halaman tetapi tidak terbaca dengan pasti (tulisan tangan, stempel atau tanda tangan?; terbaca \"{w.Line.Text}\"); ketik dari halaman sumber.")
                : string.Create(CultureInfo.InvariantCulture, $"Teks \"{w.Line.Text}\" terbaca dengan keyakinan rendah ({w.Confidence:P0}); periksa dengan halaman sumber."))
        {
            Page = w.Line.Page,
            Box = w.Line.Box?.ToArray(),
            Confidence = Math.Round(w.Confidence, 3),
        }).ToList();
    }

    [GeneratedRegex(@"/\s*/")]
    private static partial Regex EmptySlot();
}

namespace SopIngest.Core.Text;

/// <summary>
/// The words and marks of SOP AP documents, in one place: the parser's stages match against these lists
/// and never keep a copy of their own. Patterns that regexes are built from are <c>const</c> strings, so a
/// <c>[GeneratedRegex]</c> can still be composed from them. Grouped by the part of the document they
/// belong to; the procedure table's words join them here when that parser moves over.
/// </summary>
public static class Vocabulary
{
    // ---------------------------------------------------------------- marks

    /// <summary>Strokes OCR reads from ruling lines, stamps and dirt next to words ("Disahkan Oleh |").</summary>
    public static readonly char[] StrayMarks = ['|', '»', '«', '~', '_', '"', '\'', '`', '•', '“', '”', '‘', '’'];

    /// <summary>
    /// Bullet glyphs that start a list item, as a regex character class body (the dash first, so it is literal).
    /// The lone letter "o" (a Word bullet read as text) is handled beside it in <see cref="TextNormalizer"/>.
    /// </summary>
    public const string Bullets = "-–•·*▪●○◦";

    /// <summary>
    /// What OCR leaves of an item number or bullet it could not read ("5." read as ". ", "6" as "$", "7." as "/.",
    /// a bullet as ":"): a lone mark (and its full stop) at the start of a line, before a capital. Repaired in
    /// <c>OcrRepair</c>, where the neighbours tell the number.
    /// </summary>
    public const string LostNumberMarks = ".,:;$§«»/";

    // ---------------------------------------------------------------- identity labels

    /// <summary>Nomor SOP. "Nomor" and "No" alone only stand before a colon or alone in their cell.</summary>
    public static readonly string[] NumberLabels =
        ["nomor sop", "no sop", "nomor", "no", "nomer sop", "nomor prosedur", "nomor sop ap", "nomor urut sop", "no urut sop"];

    /// <summary>
    /// Tanggal Pembuatan; a form with one date row labels it "Tanggal" alone (the date the SOP was made).
    /// </summary>
    public static readonly string[] CreatedLabels =
        ["tanggal pembuatan", "tgl pembuatan", "tanggal dibuat", "tgl dibuat", "tanggal", "tgl"];

    public static readonly string[] RevisedLabels = ["tanggal revisi", "tgl revisi"];

    public static readonly string[] EffectiveLabels =
        ["tanggal efektif", "tgl efektif", "tanggal pengesahan", "tgl pengesahan", "tanggal berlaku", "tgl berlaku",
         "tanggal ditetapkan"];

    public static readonly string[] ApprovalLabels = ["disahkan oleh", "ditetapkan oleh", "disahkan"];

    public static readonly string[] TitleLabels = ["nama sop", "judul sop", "nama prosedur", "judul"];

    /// <summary>Short label keys that must stand alone or before a colon: as the first word of prose they mean nothing.</summary>
    public static readonly string[] ShortLabels = ["no", "nomor", "judul", "disahkan", "tanggal", "tgl"];

    // ---------------------------------------------------------------- section labels

    public static readonly string[] LegalBasisLabels = ["dasar hukum"];

    public static readonly string[] QualificationsLabels = ["kualifikasi pelaksana", "kualifikasi pelaksanaan", "kualifikasi"];

    public static readonly string[] RelatedSopsLabels = ["keterkaitan", "keterkaitan sop", "sop terkait"];

    public static readonly string[] EquipmentLabels = ["peralatan perlengkapan", "peralatan dan perlengkapan", "peralatan"];

    public static readonly string[] WarningsLabels = ["peringatan"];

    public static readonly string[] RecordsLabels = ["pencatatan dan pendataan", "pencatatan pendataan", "pencatatan"];

    // ---------------------------------------------------------------- legal basis

    /// <summary>The first letters of every regulation kind's name or abbreviation: a cheap gate before the kind patterns.</summary>
    public static readonly string[] RegulationKindWords =
        ["undang", "uu", "peraturan", "pp", "perpres", "permen", "perda", "perbup", "perwal", "pergub", "perppu", "perki",
         "instruksi", "inpres", "keputusan", "surat"];

    /// <summary>
    /// Words after which a regulation's name is cited inside another's subject ("Pelaksanaan Undang-Undang Nomor 43",
    /// "Perubahan atas Peraturan ..."), not a new item; a regex alternation.
    /// </summary>
    public const string CitingWords =
        "pelaksanaan|atas|perubahan|penjabaran|dan|tentang|dengan|berdasarkan|sebagai|menjadi|pengganti|kedua|ketiga|pertama|dalam|terhadap|menurut|sesuai";

    // ---------------------------------------------------------------- values

    /// <summary>
    /// The document kind printed before the name in a Nama SOP value ("Standar Operasional Prosedur Survei ...")
    /// or above it: not part of the name. "SOP ..." is left as printed: forms write it as part of the name.
    /// </summary>
    public static readonly string[] TitlePrefixes = ["standar operasional prosedur", "standard operasional prosedur", "standar operasional prosedur ap"];

    /// <summary>
    /// Lines printed on every page by scanner apps and e-signature services: never a title, a caption or a value.
    /// Compared on <see cref="TextNormalizer.Key"/> prefixes.
    /// </summary>
    public static readonly string[] PageFurniture =
        ["dipindai dengan camscanner", "scanned with camscanner", "pindai kode qr", "dokumen ini telah ditandatangani secara elektronik",
         "dokumen ini ditandatangani secara elektronik"];

    // ---------------------------------------------------------------- agency lines (regex fragments)

    /// <summary>"PEMERINTAH KOTA", "PEMERINTAH KABUPATEN" (or what OCR left of it: "KABUPA"), "PEMERINTAH PROVINSI".</summary>
    public const string GovernmentStart = @"\W*PEMERINTAH\s+(?:KOTA|KAB(?:U\w{0,6})?\.?|PROV\w{0,4}\.?)";

    /// <summary>The first word of an issuing unit's line (OPD, kecamatan, badan ...).</summary>
    public const string UnitWord =
        @"(?:KECAMATAN|KANTOR|DINAS|BADAN|SEKRETARIAT|KELURAHAN|INSPEKTORAT|RUMAH\s+SAKIT|RSUD|SATUAN|UPTD?|PUSKESMAS|DESA|BIRO|LEMBAGA|BAGIAN)\b";

    /// <summary>The first words of a section inside a unit ("TIM KERJA STATISTIK SOSIAL" in a BPS office).</summary>
    public const string SubUnitWord =
        @"(?:SUB\s*BAGIAN|SUBBAG|SEKSI|SUB\s*BIDANG|BIDANG|UPTD?|TIM|SEKRETARIAT\s+(?:KELURAHAN|KECAMATAN|DINAS|BADAN))\b";

    /// <summary>The first word of an address or contact line under the agency.</summary>
    public const string AddressWord = @"(?:Jl\.?|Jalan|Telp|Telepon|Kode\s*Pos|Email|Website|Fax)\b";
}

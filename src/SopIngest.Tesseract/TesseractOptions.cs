namespace SopIngest.Tesseract;

/// <summary>
/// How a <see cref="TesseractEngine"/> is initialised. Immutable: build once at start, validate, and share.
/// </summary>
public sealed record TesseractOptions
{
    /// <summary>Where Debian's tesseract-ocr-* packages put the models.</summary>
    public const string DebianDataPath = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>
    /// The <c>tessdata</c> folder itself (the one holding <c>ind.traineddata</c>), not its parent. Null: the
    /// <c>TESSDATA_PREFIX</c> environment variable when set, else <see cref="DebianDataPath"/>.
    /// </summary>
    public string? DataPath { get; init; }

    /// <summary>Model names joined by <c>+</c>, the first one primary: <c>ind</c>, <c>ind+eng</c>.</summary>
    public string Languages { get; init; } = "ind";

    /// <summary>
    /// Tesseract parameters set after initialisation (<c>preserve_interword_spaces</c>, <c>tessedit_char_blacklist</c>...).
    /// An unknown name is refused when the engine is created.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Set <c>OMP_THREAD_LIMIT=1</c> in the native environment before libtesseract is first loaded, unless the
    /// launching environment already sets it. Tesseract's OpenMP loops make a page 3-4x slower on 2 cores (measured,
    /// see PLATFORM.md); parallelism across pages (<see cref="TesseractOcrOptions.MaxEngines"/>) pays instead.
    /// Process-wide and only effective before the first engine of the process is created.
    /// </summary>
    public bool LimitOpenMpThreads { get; init; } = true;

    /// <summary>The folder the engine will read models from, after applying the defaults.</summary>
    public string ResolvedDataPath =>
        DataPath ?? (Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix ? prefix : DebianDataPath);

    /// <summary>The individual model names of <see cref="Languages"/>.</summary>
    public IReadOnlyList<string> LanguageList =>
        Languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Checks the settings and that every model file exists, so a missing package shows at start-up rather than
    /// at the first page. Throws <see cref="TesseractException"/> naming the package to install.
    /// </summary>
    public TesseractOptions Validate()
    {
        if (string.IsNullOrWhiteSpace(Languages) || LanguageList.Count == 0)
        {
            throw new ArgumentException("TesseractOptions.Languages must name at least one model, such as \"ind\".", nameof(Languages));
        }
        foreach (var (name, value) in Variables)
        {
            if (string.IsNullOrWhiteSpace(name) || value is null)
            {
                throw new ArgumentException("TesseractOptions.Variables must have non-empty names and non-null values.", nameof(Variables));
            }
        }
        var dataPath = ResolvedDataPath;
        if (!Directory.Exists(dataPath))
        {
            throw new TesseractException(
                $"The Tesseract model folder '{dataPath}' does not exist. Install the apt package tesseract-ocr, or set " +
                "TesseractOptions.DataPath (or TESSDATA_PREFIX) to the tessdata folder itself.");
        }
        foreach (var language in LanguageList)
        {
            if (language.AsSpan().IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || language.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{language}' is not a Tesseract model name.", nameof(Languages));
            }
            if (!File.Exists(Path.Combine(dataPath, language + ".traineddata")))
            {
                throw new TesseractException(
                    $"The Tesseract model '{language}' is missing: there is no {language}.traineddata in '{dataPath}'. " +
                    $"Install the apt package tesseract-ocr-{language.ToLowerInvariant()}, or point TesseractOptions.DataPath " +
                    "at a tessdata folder that has it.");
            }
        }
        return this;
    }
}

namespace SopIngest.Web.Store;

/// <summary>The API's words for <see cref="DocumentStatus"/>, and the Indonesian labels the UI shows for them.</summary>
public static class DocumentStatusNames
{
    private static readonly Dictionary<DocumentStatus, string> Names = new()
    {
        [DocumentStatus.Queued] = "queued",
        [DocumentStatus.Processing] = "processing",
        [DocumentStatus.NeedsReview] = "needs-review",
        [DocumentStatus.Ready] = "ready",
        [DocumentStatus.Approved] = "approved",
        [DocumentStatus.Published] = "published",
        [DocumentStatus.Failed] = "failed",
    };

    private static readonly Dictionary<DocumentStatus, string> Labels = new()
    {
        [DocumentStatus.Queued] = "Antre",
        [DocumentStatus.Processing] = "Diproses",
        [DocumentStatus.NeedsReview] = "Perlu ditinjau",
        [DocumentStatus.Ready] = "Siap disetujui",
        [DocumentStatus.Approved] = "Disetujui",
        [DocumentStatus.Published] = "Diterbitkan",
        [DocumentStatus.Failed] = "Gagal",
    };

    public static IReadOnlyCollection<string> All => Names.Values;

    /// <summary>The status as the (Indonesian) UI says it: "Perlu ditinjau" for needs-review.</summary>
    public static string ToLabel(this DocumentStatus status) => Labels[status];

    public static string ToName(this DocumentStatus status) => Names[status];

    public static bool TryParse(string? name, out DocumentStatus status)
    {
        foreach (var (key, value) in Names)
        {
            if (string.Equals(value, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = key;
                return true;
            }
        }
        status = default;
        return false;
    }
}

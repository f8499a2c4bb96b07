namespace SopIngest.Web.Store;

/// <summary>The API's words for <see cref="DocumentStatus"/>.</summary>
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

    public static IReadOnlyCollection<string> All => Names.Values;

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

namespace SopIngest.Web.Store;

/// <summary>
/// A document's life: <c>Queued -> Processing -> NeedsReview | Ready -> Approved -> Published</c>, or
/// <c>Failed</c> (with a reason) from Processing. In the API these are the lower-case words of
/// <see cref="DocumentStatusNames"/> (<c>needs-review</c>).
/// </summary>
public enum DocumentStatus
{
    Queued,
    Processing,
    NeedsReview,
    Ready,
    Approved,
    Published,
    Failed,
}

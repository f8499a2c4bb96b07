using SopIngest.Web.Store;

namespace SopIngest.Web.Tests.Infrastructure;

internal static class StoreAssertions
{
    /// <summary>
    /// Every document was extracted exactly once: one committed extraction, one revision, and no second
    /// document for the same bytes; and the store holds exactly <paramref name="expectedDocuments"/> documents.
    /// </summary>
    public static async Task AssertExtractedExactlyOnceAsync(SopStore store, IReadOnlyCollection<Guid> ids, int expectedDocuments)
    {
        Assert.Equal(expectedDocuments, await store.CountAsync(CancellationToken.None));
        foreach (var id in ids)
        {
            var document = await store.FindAsync(id, CancellationToken.None);
            Assert.NotNull(document);
            Assert.True(document.Status is DocumentStatus.Ready or DocumentStatus.NeedsReview,
                $"{document.FileName} is {document.Status}: {document.Reason} {document.Detail}");
            Assert.Equal(1, document.Extractions);
            Assert.Single(await store.GetRevisionsAsync(id, CancellationToken.None));
        }
    }
}

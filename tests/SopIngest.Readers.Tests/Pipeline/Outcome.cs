using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;

namespace SopIngest.Readers.Tests.Pipeline;

internal static class Outcome
{
    /// <summary>
    /// Either a result or a clear refusal naming the file; any other exception (or a crash) fails the test.
    /// </summary>
    public static async Task<SopDocument?> ExtractedOrRefusedAsync(SopExtractor extractor, DocumentInput input)
    {
        try
        {
            return await extractor.ExtractAsync(input);
        }
        catch (UnreadableDocumentException e)
        {
            Assert.Contains(input.FileName, e.Message, StringComparison.Ordinal);
            return null;
        }
    }
}

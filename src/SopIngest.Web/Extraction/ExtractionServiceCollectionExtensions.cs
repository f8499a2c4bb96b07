using SopIngest.Core.Pipeline;

namespace SopIngest.Web.Extraction;

/// <summary>Registers the extractor: built once, immutable, shared by every job of the process.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        // Until SopIngest.Engine's SopEngine lands, the readers registered in DI make the extractor.
        services.AddSingleton(sp => new SopExtractor(sp.GetServices<IDocumentReader>()));
        return services;
    }
}

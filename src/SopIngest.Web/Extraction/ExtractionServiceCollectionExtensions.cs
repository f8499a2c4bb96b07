using SopIngest.Engine;

namespace SopIngest.Web.Extraction;

/// <summary>Registers the extraction engine: built once, immutable, shared by every job of the process.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        // The container disposes the engine (native OCR engines) at shutdown.
        services.AddSingleton(_ => SopEngine.Create());
        services.AddSingleton<IDocumentExtractor, EngineExtractor>();
        return services;
    }
}

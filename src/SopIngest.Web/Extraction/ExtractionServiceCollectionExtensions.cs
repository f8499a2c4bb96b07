using SopIngest.Engine;
using SopIngest.Scan;

namespace SopIngest.Web.Extraction;

/// <summary>Registers the extraction engine: built once, immutable, shared by every job of the process.</summary>
public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        // The container disposes the engine (native OCR engines) at shutdown. Scans keep their prepared page rasters:
        // the review screen shows exactly the pixels the flag boxes were measured on.
        services.AddSingleton(_ => SopEngine.Create(new EngineOptions { Scan = new ScanOptions { KeepPageImages = true } }));
        services.AddSingleton<IDocumentExtractor, EngineExtractor>();
        return services;
    }
}

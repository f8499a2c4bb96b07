namespace SopIngest.Web.Hosting;

/// <summary>What one process does: serve the API, run extraction jobs, or both (the default).</summary>
public enum ServiceRole
{
    Both,
    Web,
    Worker,
}

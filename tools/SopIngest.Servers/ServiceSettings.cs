namespace SopIngest.Servers;

/// <summary>Configuration keys of a service process on PostgreSQL and Azurite (the same keys as appsettings.json).</summary>
public static class ServiceSettings
{
    public static Dictionary<string, string?> Production(string postgres, string blobs, string container) => new()
    {
        ["ConnectionStrings:Postgres"] = postgres,
        ["ConnectionStrings:Blobs"] = blobs,
        ["SopIngest:BlobContainer"] = container,
    };

    /// <summary>A blob container name of its own (lower case, at most 60 characters), starting with <paramref name="prefix"/>.</summary>
    public static string ContainerName(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return $"{prefix.Replace('_', '-')}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 60)].ToLowerInvariant();
    }
}

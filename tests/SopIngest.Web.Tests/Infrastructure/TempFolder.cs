namespace SopIngest.Web.Tests.Infrastructure;

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sopingest-web-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a WAL file for a moment after the host stops; the OS cleans /tmp.
        }
    }
}

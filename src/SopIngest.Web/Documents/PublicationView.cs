using System.Text.Json;

namespace SopIngest.Web.Documents;

public sealed record PublicationView(int Version, int RevisionNumber, string PublishedBy, DateTime PublishedAt, JsonElement Sop);

using System.Text.Json;

namespace SopIngest.Web.Documents;

/// <summary>A reviewer's save: the whole edited SOP (schema JSON), on top of revision <see cref="BasedOnRevision"/>.</summary>
public sealed record SaveRevisionRequest(string Author, string? Comment, int BasedOnRevision, JsonElement Sop);

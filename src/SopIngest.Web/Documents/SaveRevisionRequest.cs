using System.Text.Json;

namespace SopIngest.Web.Documents;

/// <summary>
/// A reviewer's save: the whole edited SOP (schema JSON), on top of revision <see cref="BasedOnRevision"/>. Its
/// <c>flags</c> are ignored (recomputed on save), and who saves is the signed-in user or the token's user.
/// </summary>
public sealed record SaveRevisionRequest(string? Comment, int BasedOnRevision, JsonElement Sop);

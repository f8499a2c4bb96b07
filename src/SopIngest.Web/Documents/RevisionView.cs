using System.Text.Json;
using SopIngest.Web.Store;

namespace SopIngest.Web.Documents;

/// <summary>A saved revision: who, when, what changed against the previous one, and the SOP itself.</summary>
public sealed record RevisionView(int Number, string Kind, string Author, DateTime CreatedAt, string? Comment,
    IReadOnlyList<FieldChange> Changes, JsonElement Sop);

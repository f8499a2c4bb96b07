namespace SopIngest.Web.Store;

/// <summary>One changed value between two revisions, at a JSON path ('steps[2].duration.raw').</summary>
public sealed record FieldChange(string Path, string? Before, string? After);

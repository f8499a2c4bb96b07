namespace SopIngest.Web.Storage;

/// <summary>A stored blob read back whole (originals are capped by the upload limit).</summary>
public sealed record BlobContent(ReadOnlyMemory<byte> Content, string ContentType);

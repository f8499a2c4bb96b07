namespace SopIngest.Web.Store;

/// <summary>An accepted upload whose original is already in blob storage.</summary>
public sealed record NewDocument(string Sha256, string FileName, string MediaType, long SizeBytes);

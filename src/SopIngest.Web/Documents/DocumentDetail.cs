using System.Text.Json;

namespace SopIngest.Web.Documents;

/// <summary>
/// One document: its state, the user-facing <see cref="Reason"/> when failed, the admin-facing
/// <see cref="TechnicalDetail"/> (exception of the last failed attempt), and <see cref="Result"/>: the SOP of the
/// current revision in the schema's JSON, once there is one. <see cref="SopId"/> is the catalogue SOP it publishes
/// into and <see cref="SopLink"/> why (<c>own</c>, <c>matched</c>: same unit and title as a published SOP, <c>reviewer</c>).
/// </summary>
public sealed record DocumentDetail(
    Guid Id,
    string FileName,
    string Sha256,
    string MediaType,
    long SizeBytes,
    string Status,
    string? Reason,
    string? TechnicalDetail,
    int Attempts,
    int? PageCount,
    int PageImages,
    int CurrentRevision,
    int? PublishedVersion,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ExtractedAt,
    Guid SopId,
    string SopLink,
    JsonElement? Result);

using SopIngest.Web.Store;

namespace SopIngest.Web.Intake;

/// <summary>An accepted file: its document, and whether the same bytes had been uploaded before.</summary>
public sealed record IntakeOutcome(string FileName, DocumentRecord Document, bool Duplicate);

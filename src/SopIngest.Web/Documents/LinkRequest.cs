namespace SopIngest.Web.Documents;

/// <summary>The published SOP a document is a revised version of; null: the document is a new SOP of its own.</summary>
public sealed record LinkRequest(Guid? SopId);

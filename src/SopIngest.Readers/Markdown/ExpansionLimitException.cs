namespace SopIngest.Readers.Markdown;

/// <summary>The Markdown's HTML passed its budget; the reader refuses the document.</summary>
internal sealed class ExpansionLimitException() : Exception("The rendered HTML passed its budget.");

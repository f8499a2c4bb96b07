namespace SopIngest.Web.Store;

public enum RevisionKind
{
    Extraction,
    Review,
}

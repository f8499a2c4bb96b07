namespace SopIngest.Core.Parsing;

/// <summary>The labelled parts of an SOP: identity fields and the six sections.</summary>
public enum FieldLabel
{
    Number, Created, Revised, Effective, Approval, Title,
    LegalBasis, Qualifications, RelatedSops, Equipment, Warnings, Records,
}

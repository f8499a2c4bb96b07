using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Validation;

public static class SopValidator
{
    public static SopDocument Validate(SopDocument document, IReadOnlyDictionary<string, IReadOnlyList<TextLine>> evidence, IReadOnlyList<Flag> problems) => throw new NotImplementedException("in progress");
}

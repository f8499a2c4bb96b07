using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Parsing;

public static class SopParser
{
    public static ParsedSop Parse(LayoutDocument layout) => throw new NotImplementedException("in progress");
}

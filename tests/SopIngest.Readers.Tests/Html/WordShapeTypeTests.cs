using SopIngest.Core.Layout;
using SopIngest.Readers.Html;

namespace SopIngest.Readers.Tests.Html;

/// <summary>Word saves some flowchart shapes without a name: the VML preset type tells the symbol.</summary>
public class WordShapeTypeTests
{
    [Theory]
    [InlineData("#_x0000_t116", MarkKind.Terminator)]
    [InlineData("#_x0000_t109", MarkKind.Process)]
    [InlineData("#_x0000_t110", MarkKind.Decision)]
    [InlineData("#_x0000_t177", MarkKind.OffPage)]
    [InlineData("#_x0000_t32", MarkKind.Arrow)]
    public async Task An_unnamed_shape_is_classified_by_its_vml_type(string type, MarkKind kind)
    {
        var html = $"""
            <table><tr><td><p><!--[if gte vml 1]><v:shape id="_x0000_s1026" type="{type}" style='width:42pt'></v:shape><![endif]--><![if !vml]><img width=58 height=26 src="x.png" v:shapes="_x0000_s1026"><![endif]></p></td></tr></table>
            """;
        var layout = await Some.ReadAsync(new HtmlReader(), "word.html", html);
        var cell = Some.SingleTable(layout).At(0, 0);
        Assert.Equal(kind, Assert.Single(cell!.Marks).Kind);
    }
}

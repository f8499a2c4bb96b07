using System.Text.Json;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Tests.Layout;

public class LayoutJsonTests
{
    [Fact]
    public void A_layout_read_back_from_its_json_is_the_same_layout()
    {
        var word = new Word("Mencatat", new Box(10, 20, 80, 18), 0.93);
        var table = new TableBlock(
        [
            new Cell(0, 0, "No"),
            new Cell(0, 1, [TextLine.FromWords([word], 2)], [new Mark(MarkKind.Process, null, new Box(100, 20, 60, 30))], RowSpan: 2, ColSpan: 1, Box: new Box(0, 0, 200, 60)),
        ], page: 2);
        var layout = new LayoutDocument(
            [new LayoutPage(1, [Some.Text("Nomor SOP : 800/12/2024")], 842, 595), new LayoutPage(2, [table], 2806, 1982)],
            ExtractionMethod.Ocr, 2, 0.9)
        {
            Problems = [new Flag(FlagCode.UnreadableSource, "source", FlagSeverity.Error, "Page 3: unreadable.") { Page = 3 }],
        };

        var json = JsonSerializer.Serialize(layout, SopJson.Options);
        var back = JsonSerializer.Deserialize<LayoutDocument>(json, SopJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, SopJson.Options));
        var cell = Assert.IsType<TableBlock>(back.Pages[1].Blocks[0]).At(1, 1)!;
        Assert.Equal((2, 0.93), (cell.RowSpan, cell.Lines[0].Words[0].Confidence!.Value));
    }
}

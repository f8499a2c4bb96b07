using SopIngest.Pdf.Text;

namespace SopIngest.Pdf.Tests.Text;

public sealed class LineGrouperTests
{
    private static readonly LineOptions Options = new();

    [Fact]
    public void Words_at_one_height_form_a_line_in_left_to_right_order()
    {
        var lines = LineGrouper.Group([Some.Word("kedua", 60, 10.5), Some.Word("pertama", 10, 10), Some.Word("bawah", 10, 30)], 1, Options, splitAtGaps: false);

        Assert.Equal(["pertama kedua", "bawah"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public void A_wide_gap_splits_a_line_outside_tables(bool split, int expected)
    {
        var lines = LineGrouper.Group([Some.Word("kiri", 10, 10), Some.Word("kanan", 400, 10)], 1, Options, split);

        Assert.Equal(expected, lines.Count);
    }

    [Fact]
    public void Pieces_of_one_row_stay_in_left_to_right_order()
    {
        // The value sits 1 pt higher than its label, in a larger font; split at the gap, the label still comes first.
        var lines = LineGrouper.Group([Some.Word("Nomor", 10, 10, 20, 6), Some.Word("065/2019", 300, 9, 40, 8)], 1, Options, splitAtGaps: true);

        Assert.Equal(["Nomor", "065/2019"], lines.Select(l => l.Text));
    }
}

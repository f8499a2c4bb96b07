using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Grid;

public class GridDetectorTests
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Procedure_table_has_two_header_rows_and_one_row_per_step(int steps)
    {
        using var page = Pictures.WhitePage();
        Pictures.DrawProcedureTable(page, steps);

        var table = Assert.Single(new GridDetector(Options).Detect(Ink(page)));

        Assert.Equal(2 + steps, table.RowCount);
        Assert.Equal(6, table.ColumnCount);
    }

    [Fact]
    public void Header_cells_span_their_group_and_both_header_rows()
    {
        using var page = Pictures.WhitePage();
        Pictures.DrawProcedureTable(page, 3);

        var table = Assert.Single(new GridDetector(Options).Detect(Ink(page)));

        Assert.Contains(table.Cells, c => c is { Row: 0, Column: 0, RowSpan: 2, ColSpan: 1 });
        Assert.Contains(table.Cells, c => c is { Row: 0, Column: 1, RowSpan: 2, ColSpan: 1 });
        Assert.Contains(table.Cells, c => c is { Row: 0, Column: 2, RowSpan: 1, ColSpan: 3 });
        Assert.Contains(table.Cells, c => c is { Row: 1, Column: 3, RowSpan: 1, ColSpan: 1 });
        Assert.Contains(table.Cells, c => c is { Row: 0, Column: 5, RowSpan: 2, ColSpan: 1 });
        Assert.Equal(4 + 3 + 3 * 6, table.Cells.Count);
    }

    [Fact]
    public void Flowchart_connectors_are_not_rulings()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 4);
        // An elbow from the first actor column across two others and down a row, and a long straight run.
        Pictures.Elbow(page, xs[2] + 40, ys[3] + 60, xs[4] + 70, ys[4] + 40);
        Pictures.Line(page, xs[2] + 20, ys[5] + 70, xs[5] - 20, ys[5] + 70);

        var table = Assert.Single(new GridDetector(Options).Detect(Ink(page)));

        Assert.Equal(6, table.RowCount);
        Assert.Equal(6, table.ColumnCount);
    }

    [Fact]
    public void A_table_cut_off_by_the_page_edge_is_closed_where_its_rows_end()
    {
        using var page = Pictures.WhitePage();
        Pictures.DrawProcedureTable(page, 2);
        // Paint away the right border, as a scan that lost the page's edge.
        Cv2.Rectangle(page, new Rect(1290, 0, 20, 1000), Scalar.White, -1);

        var table = Assert.Single(new GridDetector(Options).Detect(Ink(page)));

        Assert.Equal(6, table.ColumnCount);
    }

    [Fact]
    public void A_flowchart_box_almost_as_tall_as_its_row_does_not_split_the_row()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 3);
        // Rows are 120 px; the box stops 14 px short of the row's lines, its sides a little inside the column's.
        Cv2.Rectangle(page, new Rect(xs[3] + 14, ys[3] + 14, xs[4] - xs[3] - 28, 92), Scalar.Black, 3);

        var table = Assert.Single(new GridDetector(Options).Detect(Ink(page)));

        Assert.Equal(5, table.RowCount);
        Assert.Equal(6, table.ColumnCount);
    }

    [Fact]
    public void A_ruling_printed_faint_still_divides_its_columns()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 4);
        // The No | activity ruling drawn thin and light grey, as a light scan shows it, with text beside it.
        Cv2.Line(page, new Point(xs[1], ys[0]), new Point(xs[1], ys[^1]), Scalar.White, 5);
        Cv2.Line(page, new Point(xs[1], ys[0]), new Point(xs[1], ys[^1]), new Scalar(215), 1);
        for (var r = 2; r < ys.Length - 1; r++)
        {
            Cv2.PutText(page, "Mencatat permohonan", new Point(xs[1] + 15, ys[r] + 50), HersheyFonts.HersheySimplex, 0.9, Scalar.Black, 2);
        }
        var preparer = new Scan.Preparation.PagePreparer(Options with { OcrDpi = 240 });

        using var prepared = preparer.Prepare(page, 240);
        var table = Assert.Single(new GridDetector(Options).Detect(prepared.Ink, prepared.Rulings));

        Assert.Equal(6, table.ColumnCount);
    }

    [Fact]
    public void Shaded_label_cells_keep_the_rulings_between_them()
    {
        // An identity table whose label column is shaded light grey, its rulings thin: the labels stay one cell each.
        using var page = Pictures.WhitePage();
        int[] ys = [100, 160, 220, 280, 340];
        Cv2.Rectangle(page, new Rect(100, 100, 300, 240), new Scalar(212), -1);
        foreach (var y in ys)
        {
            Pictures.Line(page, 100, y, 1200, y, 1);
        }
        foreach (var x in new[] { 100, 400, 1200 })
        {
            Pictures.Line(page, x, 100, x, 340, 1);
        }
        for (var r = 0; r < 4; r++)
        {
            Cv2.PutText(page, "Nomor SOP", new Point(115, ys[r] + 40), HersheyFonts.HersheySimplex, 0.9, Scalar.Black, 2);
        }
        var preparer = new Scan.Preparation.PagePreparer(Options with { OcrDpi = 240 });

        using var prepared = preparer.Prepare(page, 240);
        var table = Assert.Single(new GridDetector(Options).Detect(prepared.Ink, prepared.Rulings));

        Assert.Equal(4, table.RowCount);
        Assert.Equal(2, table.ColumnCount);
    }

    internal static Mat Ink(Mat page)
    {
        var ink = new Mat();
        Cv2.Threshold(page, ink, 128, 255, ThresholdTypes.BinaryInv);
        return ink;
    }
}

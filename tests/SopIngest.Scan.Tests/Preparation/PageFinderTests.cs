using OpenCvSharp;
using SopIngest.Scan.Preparation;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Preparation;

public class PageFinderTests
{
    [Fact]
    public void The_sheet_of_a_photo_is_found_and_cut_square()
    {
        using var sheet = Pictures.WhitePage(1400, 1000);
        Pictures.DrawProcedureTable(sheet, 4);
        // The sheet photographed at a slant on a dark desk.
        using var photo = new Mat(1800, 2400, MatType.CV_8UC1, new Scalar(60));
        Point2f[] corners = [new(300, 260), new(2050, 330), new(2120, 1560), new(240, 1480)];
        using (var transform = Cv2.GetPerspectiveTransform(
                   [new Point2f(0, 0), new Point2f(1399, 0), new Point2f(1399, 999), new Point2f(0, 999)], corners))
        {
            Cv2.WarpPerspective(sheet, photo, transform, photo.Size(), InterpolationFlags.Linear, BorderTypes.Transparent);
        }

        var found = PageFinder.Find(photo);

        Assert.NotNull(found);
        for (var i = 0; i < 4; i++)
        {
            Assert.InRange(Math.Abs(found[i].X - corners[i].X) + Math.Abs(found[i].Y - corners[i].Y), 0, 30);
        }
        using var cut = PageFinder.Cut(photo, found);
        Assert.InRange((double)cut.Width / cut.Height, 1.3, 1.5);
    }

    [Fact]
    public void A_scan_whose_paper_fills_the_image_is_left_alone()
    {
        using var scan = Pictures.WhitePage(2339, 1654);
        Pictures.DrawProcedureTable(scan, 6);

        Assert.Null(PageFinder.Find(scan));
    }

    [Fact]
    public void A_page_with_a_thin_grey_scanner_edge_is_left_alone()
    {
        using var scan = new Mat(1654, 2339, MatType.CV_8UC1, new Scalar(90));
        using (var paper = new Mat(scan, new Rect(12, 10, 2339 - 24, 1654 - 20)))
        {
            paper.SetTo(Scalar.White);
        }

        Assert.Null(PageFinder.Find(scan));
    }
}

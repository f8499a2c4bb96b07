using SopIngest.Scan.Preparation;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Tests.Preparation;

public class OrientationTests
{
    [Theory]
    [InlineData(90, 270)]
    [InlineData(180, 180)]
    [InlineData(270, 90)]
    public void A_sure_detection_of_turned_text_gives_the_one_turn_that_sets_it_upright(int lies, int turn)
    {
        var turns = Orientation.TurnsToTry(new PageOrientation(lies, 12.5, "Latin", 3), minConfidence: 5);

        Assert.Equal([turn], turns);
    }

    [Fact]
    public void A_sure_detection_of_upright_text_gives_no_turn()
    {
        Assert.Empty(Orientation.TurnsToTry(new PageOrientation(0, 9, "Latin", 3), minConfidence: 5));
    }

    [Fact]
    public void An_unsure_or_missing_detection_gives_every_other_quarter_turn()
    {
        Assert.Equal([180, 90, 270], Orientation.TurnsToTry(new PageOrientation(90, 1.2, "Latin", 0.1), minConfidence: 5));
        Assert.Equal([180, 90, 270], Orientation.TurnsToTry(null, minConfidence: 5));
    }
}

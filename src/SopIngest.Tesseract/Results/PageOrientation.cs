namespace SopIngest.Tesseract;

/// <summary>
/// What Tesseract's orientation detection (OSD) says of an image: its text lies turned <see cref="Degrees"/>
/// clockwise (0, 90, 180 or 270), with Tesseract's confidence in that (0 and up, unbounded; upright and turned
/// A4 pages of text score 5-20, a page it cannot tell about near 0), and the script it saw.
/// </summary>
public sealed record PageOrientation(int Degrees, double Confidence, string? Script, double ScriptConfidence)
{
    /// <summary>The clockwise quarter turn (0, 90, 180 or 270) that sets the image upright.</summary>
    public int UprightTurn => (360 - Degrees) % 360;
}

using OpenCvSharp;
using SopIngest.Scan.Grid;

namespace SopIngest.Scan.Preparation;

/// <summary>
/// A page ready for OCR and layout: <see cref="Grey"/> with even light, straightened and scaled to the OCR
/// resolution, and <see cref="Ink"/>, its binarisation (ink = 255, paper = 0) for line and shape finding.
/// All boxes of the page are in these pixels. <see cref="Rulings"/> are the long-line masks the table grids are found
/// from, faint lines included; <see cref="Lines"/> are the long-line masks of <see cref="Ink"/>,
/// found once and shared by the table, grid and cleaning stages.
/// </summary>
internal sealed record PreparedPage(Mat Grey, Mat Ink, LineMasks Lines, LineMasks Rulings, double Dpi, double SkewDegrees, bool Rectified) : IDisposable
{
    public int Width => Grey.Width;
    public int Height => Grey.Height;

    public void Dispose()
    {
        Grey.Dispose();
        Ink.Dispose();
        Lines.Dispose();
        Rulings.Dispose();
    }
}

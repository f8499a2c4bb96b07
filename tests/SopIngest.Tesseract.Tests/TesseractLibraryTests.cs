using System.Globalization;

namespace SopIngest.Tesseract.Tests;

public sealed class TesseractLibraryTests
{
    [Fact]
    public void Version_is_the_installed_Tesseract_5()
    {
        Assert.StartsWith("5.", TesseractLibrary.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenMpThreadLimit_is_one_unless_the_launching_environment_chose_another()
    {
        // The binding sets OMP_THREAD_LIMIT=1 before libgomp loads, but never overrides an explicit choice.
        var launched = Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT");
        var expected = launched is { Length: > 0 } ? int.Parse(launched, CultureInfo.InvariantCulture) : 1;

        Assert.Equal(expected, TesseractLibrary.OpenMpThreadLimit);
    }

    [Fact]
    public void Require_names_the_package_that_provides_a_missing_library()
    {
        var error = Assert.Throws<TesseractException>(() => TesseractLibrary.Require("libnot-there.so.9", "not-there9"));

        Assert.Contains("libnot-there.so.9", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt package not-there9", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }
}

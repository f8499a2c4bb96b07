namespace SopIngest.Tesseract.Tests;

public sealed class TesseractOptionsTests
{
    [Fact]
    public void Validate_accepts_the_installed_Indonesian_and_English_models()
    {
        var options = new TesseractOptions { Languages = "ind+eng" }.Validate();

        Assert.Equal(["ind", "eng"], options.LanguageList);
    }

    [Fact]
    public void Validate_names_the_apt_package_of_a_missing_model()
    {
        var options = new TesseractOptions { Languages = "ind+jav" };

        var error = Assert.Throws<TesseractException>(() => options.Validate());

        Assert.Contains("tesseract-ocr-jav", error.Message, StringComparison.Ordinal);
        Assert.Contains("jav.traineddata", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Validate_explains_a_data_path_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-tessdata-" + Guid.NewGuid().ToString("N"));
        var options = new TesseractOptions { DataPath = missing };

        var error = Assert.Throws<TesseractException>(() => options.Validate());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("tessdata folder itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_a_model_folder_given_as_the_parent_of_tessdata()
    {
        var options = new TesseractOptions { DataPath = Path.GetDirectoryName(TesseractOptions.DebianDataPath) };

        Assert.Throws<TesseractException>(() => options.Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData(" ")]
    [InlineData("../ind")]
    [InlineData("ind.traineddata")]
    public void Validate_rejects_language_strings_that_name_no_model(string languages)
    {
        var options = new TesseractOptions { Languages = languages };

        Assert.Throws<ArgumentException>(() => options.Validate());
    }

    [Fact]
    public void Validate_rejects_a_variable_without_a_name()
    {
        var options = new TesseractOptions { Variables = new Dictionary<string, string> { [" "] = "1" } };

        Assert.Throws<ArgumentException>(() => options.Validate());
    }

    [Fact]
    public void ResolvedDataPath_prefers_the_explicit_folder()
    {
        var options = new TesseractOptions { DataPath = "/opt/tessdata" };

        Assert.Equal("/opt/tessdata", options.ResolvedDataPath);
    }
}

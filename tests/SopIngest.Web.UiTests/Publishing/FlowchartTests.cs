using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using SopIngest.Core.Model;
using SopIngest.Web.Publishing;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Publishing;

/// <summary>
/// The print-ready HTML of every dev-corpus SOP (its expected JSON), rendered by Chromium to a PDF: the flowchart
/// has one shape per step, of the step's kind, inside the column of the step's actor.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class FlowchartTests(UiApp app)
{
    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus.Folder, "*.expected.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Svg_has_one_shape_per_step_in_its_actor_column(string file)
    {
        var sop = Load(file);
        var svg = XElement.Parse(FlowchartSvg.Render(sop));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var steps = svg.Descendants(ns + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains("step") == true).ToList();
        Assert.Equal(sop.Steps.Count, steps.Count);
        var width = double.Parse((string)svg.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        var columnWidth = width / Math.Max(1, sop.Actors.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var g = steps[i];
            var step = sop.Steps[i];
            Assert.Equal(i + 1, (int)g.Attribute("data-step")!);
            var shapes = g.Elements().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("shape") == true).ToList();
            Assert.Single(shapes);
            var expectedShape = step.Shape ?? (i == 0 || i == sop.Steps.Count - 1 ? StepShape.Terminator : StepShape.Process);
            Assert.Contains(expectedShape.ToString().ToLowerInvariant(), (string)shapes[0].Attribute("class")!, StringComparison.Ordinal);
            var centre = CentreX(shapes[0]);
            var column = (int)Math.Floor(centre / columnWidth);
            if (step.Actors.Count > 0)
            {
                var actor = (string)g.Attribute("data-actor")!;
                Assert.Contains(actor, step.Actors);
                Assert.Equal(sop.Actors.ToList().IndexOf(actor), column);
            }
            else
            {
                Assert.Contains("unassigned", (string)g.Attribute("class")!, StringComparison.Ordinal);
            }
        }
        var decisions = sop.Steps.Count(s => s.Shape == StepShape.Decision);
        Assert.Equal(decisions, svg.Descendants(ns + "text").Count(t => t.Value == "Tidak"));
    }

    [Fact]
    public async Task Print_ready_HTML_renders_to_PDF_with_shapes_inside_their_actor_header_columns()
    {
        var browser = await app.BrowserAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1123, Height = 794 } });
        foreach (var file in Directory.GetFiles(Corpus.Folder, "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var sop = Load(name);
            var published = new PublishedSop("uji", 1, 1, "uji", new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc), 0, null);
            await page.SetContentAsync(SopHtmlRenderer.Render(sop, published));
            // each shape's centre lies between the left and right edge of its actor's header cell, as drawn
            var misplaced = await page.EvaluateAsync<string[]>("""
                () => {
                  const heads = [...document.querySelectorAll('th.actor')].map(th => th.getBoundingClientRect());
                  return [...document.querySelectorAll('g.step:not(.unassigned)')].flatMap(g => {
                    const box = g.querySelector('.shape').getBoundingClientRect();
                    const cx = box.left + box.width / 2;
                    const h = heads[Number(g.dataset.column)];
                    return cx > h.left && cx < h.right ? [] : [`step ${g.dataset.step}: ${cx} not in ${h.left}-${h.right}`];
                  });
                }
                """);
            Assert.True(misplaced.Length == 0, name + ": " + string.Join("; ", misplaced));
            Assert.Equal(sop.Steps.Count, await page.Locator("g.step .shape").CountAsync());
            var pdf = await page.PdfAsync(new PagePdfOptions { Landscape = true, Format = "A4", PrintBackground = true });
            Assert.True(pdf.Length > 1000);
            await File.WriteAllBytesAsync(Path.Combine(UiApp.ArtifactsDirectory, Path.ChangeExtension(name.Replace(".expected", "", StringComparison.Ordinal), ".pdf")), pdf);
            if (name.StartsWith("sop-dev-008", StringComparison.Ordinal))
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiApp.ArtifactsDirectory, "flowchart-sop-dev-008.png"), FullPage = true });
            }
        }
        await page.CloseAsync();
    }

    private static double CentreX(XElement shape)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (shape.Name.LocalName == "polygon")
        {
            var xs = ((string)shape.Attribute("points")!).Split(' ').Select(p => double.Parse(p.Split(',')[0], inv)).ToList();
            return (xs.Min() + xs.Max()) / 2;
        }
        return double.Parse((string)shape.Attribute("x")!, inv) + double.Parse((string)shape.Attribute("width")!, inv) / 2;
    }

    private static SopDocument Load(string file) =>
        SopJson.Deserialize(File.ReadAllText(Corpus.File(file))) ?? throw new InvalidOperationException(file);
}

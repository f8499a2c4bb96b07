using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using SopIngest.Core.Pipeline;
using SopIngest.Scan;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// Times the scan reader's stages before OCR one by one (decode, prepare, grid, shapes, clean), calling its internal
/// stage classes by reflection in the order <c>ScanReader.ReadPage</c> runs them: the reader exposes no stage timings.
/// Fragile by nature: when a stage's signature changes this part reports that and the other parts still run.
/// </summary>
internal static class ScanStages
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static void Run(ScanPages pages, TextWriter output)
    {
        output.WriteLine("### The scan reader's stages before OCR (wall s, one run per page; by reflection on SopIngest.Scan internals)");
        output.WriteLine();
        try
        {
            var assembly = typeof(ScanReader).Assembly;
            var options = new ScanOptions();
            Type T(string name) => assembly.GetType(name, throwOnError: true)!;
            var open = T("SopIngest.Scan.Decoding.ImagePageSource").GetMethod("Open", Any)!;
            var preparer = Activator.CreateInstance(T("SopIngest.Scan.Preparation.PagePreparer"), options)!;
            var prepare = preparer.GetType().GetMethod("Prepare", Any)!;
            var grids = Activator.CreateInstance(T("SopIngest.Scan.Grid.GridDetector"), options)!;
            var detect = grids.GetType().GetMethod("Detect", Any, [typeof(OpenCvSharp.Mat), T("SopIngest.Scan.Grid.LineMasks")])!;
            var shapes = T("SopIngest.Scan.Shapes.ShapeDetector").GetMethod("Detect", Any)!;
            var clean = T("SopIngest.Scan.Recognition.OcrCleaner").GetMethod("Clean", Any)!;

            output.WriteLine("| page | decode | prepare (scale, light, binarise, deskew, rectify) | grid | shapes | clean | sum |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            var sums = new double[6];
            // The first page twice: the first pass loads OpenCV and JITs, and is not reported.
            foreach (var (page, index) in pages.Pages.Prepend(pages.Pages[0]).Select((p, i) => (p, i)))
            {
                var input = DocumentInput.Create(page.Path, page.Bytes);
                var times = new double[5];
                var started = Stopwatch.GetTimestamp();
                double Lap()
                {
                    var now = Stopwatch.GetTimestamp();
                    var seconds = Stopwatch.GetElapsedTime(started, now).TotalSeconds;
                    started = now;
                    return seconds;
                }
                var source = ((System.Collections.IEnumerable)open.Invoke(null, [input, options])!).Cast<object>().First();
                var load = (Delegate)source.GetType().GetProperty("Load")!.GetValue(source)!;
                using var raster = (IDisposable)load.DynamicInvoke(CancellationToken.None)!;
                times[0] = Lap();
                using var prepared = (IDisposable)prepare.Invoke(preparer, [raster])!;
                times[1] = Lap();
                var grey = prepared.GetType().GetProperty("Grey")!.GetValue(prepared)!;
                var ink = prepared.GetType().GetProperty("Ink")!.GetValue(prepared)!;
                var lines = prepared.GetType().GetProperty("Lines")!.GetValue(prepared)!;
                var dpi = (double)prepared.GetType().GetProperty("Dpi")!.GetValue(prepared)!;
                var tables = detect.Invoke(grids, [ink, lines])!;
                times[2] = Lap();
                var found = shapes.Invoke(null, [ink, tables, dpi])!;
                times[3] = Lap();
                using var cleaned = (IDisposable)clean.Invoke(null, [grey, ink, lines, tables, found, dpi])!;
                times[4] = Lap();
                if (index == 0)
                {
                    continue;
                }
                for (var i = 0; i < 5; i++)
                {
                    sums[i] += times[i];
                }
                sums[5] += times.Sum();
                output.WriteLine(Invariant($"| {page.Name} | {times[0]:0.00} | {times[1]:0.00} | {times[2]:0.00} | {times[3]:0.00} | {times[4]:0.00} | {times.Sum():0.00} |"));
            }
            output.WriteLine(Invariant($"| **all** | **{sums[0]:0.0}** ({sums[0] / sums[5]:P0}) | **{sums[1]:0.0}** ({sums[1] / sums[5]:P0}) | **{sums[2]:0.0}** ({sums[2] / sums[5]:P0}) | **{sums[3]:0.0}** ({sums[3] / sums[5]:P0}) | **{sums[4]:0.0}** ({sums[4] / sums[5]:P0}) | **{sums[5]:0.0}** |"));
            PrepareBreakdown(pages, options, open, output);
        }
        catch (Exception ex) when (ex is ArgumentException or TargetException or TargetInvocationException or TypeLoadException or NullReferenceException or InvalidCastException or MissingMethodException or AmbiguousMatchException)
        {
            output.WriteLine($"Not measured: the scan reader's internal stages changed shape ({ex.GetType().Name}: {ex.Message}).");
        }
        output.WriteLine();
    }

    /// <summary>The prepare stage's steps, replayed in <c>PagePreparer.Prepare</c>'s order (sums over all pages).</summary>
    private static void PrepareBreakdown(ScanPages pages, ScanOptions options, MethodInfo open, TextWriter output)
    {
        var assembly = typeof(ScanReader).Assembly;
        Type T(string name) => assembly.GetType(name, throwOnError: true)!;
        var flatten = T("SopIngest.Scan.Preparation.Illumination").GetMethod("Flatten", Any)!;
        var binarise = T("SopIngest.Scan.Preparation.Illumination").GetMethod("Binarise", Any)!;
        var measure = T("SopIngest.Scan.Preparation.Skew").GetMethod("Measure", Any)!;
        var findLines = T("SopIngest.Scan.Grid.LineMasks").GetMethod("Find", Any)!;
        var rotate = T("SopIngest.Scan.Preparation.Skew").GetMethod("Rotate", Any)!;
        var quad = T("SopIngest.Scan.Preparation.Perspective").GetMethod("FindTableQuad", Any)!;
        var warp = T("SopIngest.Scan.Preparation.Perspective").GetMethod("Warp", Any)!;
        string[] names = ["scale", "flatten light", "binarise", "skew: measure (projection profiles)", "skew: rotate + binarise", "ruling-line masks", "perspective: find quad", "perspective: warp + binarise"];
        var sums = new double[names.Length];
        foreach (var page in pages.Pages)
        {
            var source = ((System.Collections.IEnumerable)open.Invoke(null, [DocumentInput.Create(page.Path, page.Bytes), options])!).Cast<object>().First();
            using var raster = (IDisposable)((Delegate)source.GetType().GetProperty("Load")!.GetValue(source)!).DynamicInvoke(CancellationToken.None)!;
            var rasterGrey = (OpenCvSharp.Mat)raster.GetType().GetProperty("Grey")!.GetValue(raster)!;
            var rasterDpi = (double)raster.GetType().GetProperty("Dpi")!.GetValue(raster)!;
            var started = Stopwatch.GetTimestamp();
            void Lap(int step)
            {
                var now = Stopwatch.GetTimestamp();
                sums[step] += Stopwatch.GetElapsedTime(started, now).TotalSeconds;
                started = now;
            }
            var factor = options.OcrDpi / rasterDpi;
            using var scaled = new OpenCvSharp.Mat();
            if (Math.Abs(factor - 1) < 0.05)
            {
                rasterGrey.CopyTo(scaled);
            }
            else
            {
                OpenCvSharp.Cv2.Resize(rasterGrey, scaled, new OpenCvSharp.Size(), factor, factor, factor > 1 ? OpenCvSharp.InterpolationFlags.Cubic : OpenCvSharp.InterpolationFlags.Area);
            }
            Lap(0);
            var grey = (OpenCvSharp.Mat)flatten.Invoke(null, [scaled])!;
            Lap(1);
            var ink = (OpenCvSharp.Mat)binarise.Invoke(null, [grey])!;
            Lap(2);
            var skew = (double)measure.Invoke(null, [ink, options.MaxSkewDegrees])!;
            Lap(3);
            if (Math.Abs(skew) >= 0.05)
            {
                var rotated = (OpenCvSharp.Mat)rotate.Invoke(null, [grey, skew, OpenCvSharp.Scalar.White])!;
                grey.Dispose();
                grey = rotated;
                ink.Dispose();
                ink = (OpenCvSharp.Mat)binarise.Invoke(null, [grey])!;
            }
            Lap(4);
            using var lines = (IDisposable)findLines.Invoke(null, [ink, options])!;
            Lap(5);
            var corners = quad.Invoke(null, [lines]);
            Lap(6);
            if (corners is not null)
            {
                using var warped = (OpenCvSharp.Mat)warp.Invoke(null, [grey, corners, OpenCvSharp.Scalar.White])!;
                using var warpedInk = (OpenCvSharp.Mat)binarise.Invoke(null, [warped])!;
            }
            Lap(7);
            grey.Dispose();
            ink.Dispose();
        }
        output.WriteLine();
        output.WriteLine("Prepare, step by step (wall s summed over the pages, replayed in PagePreparer's order):");
        output.WriteLine();
        output.WriteLine("| step | s | share |");
        output.WriteLine("|---|---:|---:|");
        for (var i = 0; i < names.Length; i++)
        {
            output.WriteLine(Invariant($"| {names[i]} | {sums[i]:0.00} | {sums[i] / sums.Sum():P0} |"));
        }
        output.WriteLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

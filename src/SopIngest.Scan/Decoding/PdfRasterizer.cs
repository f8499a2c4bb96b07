using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// Renders one PDF page to a colour PNG with poppler's pdftoppm, for pages that are not a single embedded
/// image (vector drawings, several strips, rotated placements). A process per page with a timeout: a
/// hostile page cannot hang the worker, and pages render in parallel.
/// </summary>
internal sealed class PdfRasterizer(ScanOptions options)
{
    public EncodedImage Render(string pdfPath, int pageNumber, int dpi, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.PdftoppmPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No output root: pdftoppm writes the single page's PNG to stdout.
        foreach (var arg in new[] { "-q", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f",
                     pageNumber.ToString(CultureInfo.InvariantCulture), "-l", pageNumber.ToString(CultureInfo.InvariantCulture),
                     "-png", pdfPath })
        {
            start.ArgumentList.Add(arg);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (Win32Exception ex)
        {
            // Infrastructure, not the document: the worker needs the package installed.
            throw new InvalidOperationException(
                $"'{options.PdftoppmPath}' was not found; install poppler (apt-get install poppler-utils) or set ScanOptions.PdftoppmPath.", ex);
        }
        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.RasterTimeout);
            try
            {
                process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
                copy.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PageUnreadableException(
                    $"rendering the page took longer than {options.RasterTimeout.TotalSeconds:0} s (ScanOptions.RasterTimeout)");
            }
            if (process.ExitCode != 0 || output.Length == 0)
            {
                var message = errors.GetAwaiter().GetResult().Trim();
                throw new PageUnreadableException($"the page cannot be rendered (pdftoppm exit {process.ExitCode}: {Shorten(message)})");
            }
            return new EncodedImage(output.ToArray(), dpi);
        }
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] : text;
}

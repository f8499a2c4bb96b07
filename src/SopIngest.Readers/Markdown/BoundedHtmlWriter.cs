using System.Text;

namespace SopIngest.Readers.Markdown;

/// <summary>
/// Markdig's output, written straight into the reader's HTML, that stops the render once the HTML would pass its
/// budget (<see cref="ExportLimits.RenderBudget"/>): an expansion bomb costs the budget, never its full size.
/// </summary>
internal sealed class BoundedHtmlWriter : StringWriter
{
    private readonly long _budget;

    public BoundedHtmlWriter(StringBuilder html, long budget)
        : base(html, System.Globalization.CultureInfo.InvariantCulture) => _budget = budget;

    public override void Write(char value)
    {
        Check(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        base.Write(value);
    }

    private void Check(int adding)
    {
        if (GetStringBuilder().Length + (long)adding > _budget)
        {
            throw new ExpansionLimitException();
        }
    }
}

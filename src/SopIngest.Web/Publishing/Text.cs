using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SopIngest.Web.Publishing;

/// <summary>Encoding for the renderers: every value read from a document is hostile until encoded.</summary>
internal static class Text
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML/SVG text and attribute values (both quote kinds, &lt; &gt; &amp; encoded).</summary>
    public static string H(string? value) => value is null ? "" : Html.Encode(value);

    /// <summary>Markdown text: HTML-significant characters as entities, Markdown punctuation backslash-escaped, one line.</summary>
    public static string Md(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var builder = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r': break;
                case '\n': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '{' or '}': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}

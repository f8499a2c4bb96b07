using System.Globalization;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// Reads one PDF value with an explicit stack (a hostile nesting depth costs a refusal, never this process's stack):
/// dictionaries, arrays, references, names and numbers; strings are skipped.
/// </summary>
internal static class PdfValueParser
{
    private static readonly object Skipped = new();

    /// <exception cref="PdfLimitException">Nested deeper than <paramref name="maxNesting"/>.</exception>
    public static object? Parse(ref PdfLexer lexer, int maxNesting, long objectNumber)
    {
        var stack = new Stack<(object Container, string? Key)>();
        while (true)
        {
            var token = lexer.Next();
            object? value;
            switch (token.Kind)
            {
                case PdfTokenKind.End:
                    return stack.Count == 0 ? null : Unwind(stack);
                case PdfTokenKind.DictionaryStart or PdfTokenKind.ArrayStart:
                    if (stack.Count >= maxNesting)
                    {
                        throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxObjectNesting),
                            string.Create(CultureInfo.InvariantCulture, $"object {objectNumber} nests arrays and dictionaries more than {maxNesting} deep")));
                    }
                    stack.Push((token.Kind == PdfTokenKind.DictionaryStart ? new Dictionary<string, object?>(StringComparer.Ordinal) : new List<object?>(), null));
                    continue;
                case PdfTokenKind.DictionaryEnd or PdfTokenKind.ArrayEnd:
                    if (stack.Count == 0)
                    {
                        return null;
                    }
                    value = stack.Pop().Container;
                    break;
                case PdfTokenKind.Integer:
                    value = token.Value;
                    // "12 0 R" is a reference
                    var copy = lexer;
                    var generation = copy.Next();
                    if (generation.Kind == PdfTokenKind.Integer && copy.Next() is { Kind: PdfTokenKind.Keyword } r && lexer.Data[r.Start] == 'R' && r.End - r.Start == 1)
                    {
                        lexer = copy;
                        value = new PdfRef(token.Value, generation.Value);
                    }
                    break;
                case PdfTokenKind.Real:
                    value = 0.0;
                    break;
                case PdfTokenKind.Name:
                    value = PdfName.From(lexer.Text(token));
                    break;
                case PdfTokenKind.String:
                    value = Skipped;
                    break;
                default:
                    var word = lexer.Text(token);
                    value = word.SequenceEqual("true"u8) ? true : word.SequenceEqual("false"u8) ? false : word.SequenceEqual("null"u8) ? null : Skipped;
                    if (stack.Count == 0 || word.SequenceEqual("endobj"u8) || word.SequenceEqual("stream"u8))
                    {
                        // A keyword ends a value that is not inside brackets (or a broken one that is).
                        if (stack.Count == 0)
                        {
                            return value == Skipped ? null : value;
                        }
                        lexer.Position = token.Start;
                        return Unwind(stack);
                    }
                    break;
            }
            if (stack.Count == 0)
            {
                return value == Skipped ? null : value;
            }
            Add(stack, value);
        }
    }

    private static void Add(Stack<(object Container, string? Key)> stack, object? value)
    {
        var (container, key) = stack.Pop();
        if (container is List<object?> list)
        {
            list.Add(value == Skipped ? null : value);
            stack.Push((list, null));
        }
        else if (key is null)
        {
            stack.Push((container, value is PdfName name ? name.Value : null));
        }
        else
        {
            ((Dictionary<string, object?>)container)[key] = value == Skipped ? null : value;
            stack.Push((container, null));
        }
    }

    /// <summary>An unclosed value at the end: close everything that is open, as lenient readers do.</summary>
    private static object? Unwind(Stack<(object Container, string? Key)> stack)
    {
        while (stack.Count > 1)
        {
            var inner = stack.Pop().Container;
            Add(stack, inner);
        }
        return stack.Pop().Container;
    }
}

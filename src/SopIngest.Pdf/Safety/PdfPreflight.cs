using System.Globalization;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// Checks a PDF's structure against <see cref="PdfLimits"/> before PdfPig parses it: PdfPig follows references and
/// draws forms recursively, so a file whose references or forms loop overflows the stack, which .NET cannot catch.
/// In order: objects and their nesting (scanning the bytes) -> chains of bare references -> forms drawn by the pages
/// and by each other (decoding the content streams, under the size and ratio limits). Bounded work, no recursion.
/// </summary>
internal static class PdfPreflight
{
    /// <summary>Null when the file is within every limit; else the first limit it passed.</summary>
    public static LimitViolation? Check(ReadOnlyMemory<byte> file, PdfLimits limits)
    {
        try
        {
            var table = PdfObjectTable.Scan(file, limits);
            CheckReferenceChains(table, limits);
            new FormCheck(table, limits).Run();
            return null;
        }
        catch (PdfLimitException e)
        {
            return e.Violation;
        }
    }

    /// <summary>A value with references followed (a bare reference chain is refused past the limit or when it loops).</summary>
    public static object? Resolve(object? value, PdfObjectTable table, PdfLimits limits)
    {
        for (var hops = 0; value is PdfRef reference; hops++)
        {
            if (hops > limits.MaxReferenceChain)
            {
                throw ChainTooLong(reference.Number, limits);
            }
            value = table.Get(reference.Number)?.Value;
        }
        return value;
    }

    private static void CheckReferenceChains(PdfObjectTable table, PdfLimits limits)
    {
        var known = new HashSet<long>();
        foreach (var start in table.Objects.Where(o => o.Value is PdfRef))
        {
            var seen = new List<long> { start.Number };
            var value = start.Value;
            while (value is PdfRef next && !known.Contains(next.Number))
            {
                if (seen.Contains(next.Number))
                {
                    throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxReferenceChain),
                        string.Create(CultureInfo.InvariantCulture, $"object {next.Number} refers to itself through a loop of {seen.Count - seen.IndexOf(next.Number)} references")));
                }
                seen.Add(next.Number);
                if (seen.Count > limits.MaxReferenceChain + 1)
                {
                    throw ChainTooLong(start.Number, limits);
                }
                value = table.Get(next.Number)?.Value;
            }
            known.UnionWith(seen);
        }
    }

    private static PdfLimitException ChainTooLong(long number, PdfLimits limits) =>
        new(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxReferenceChain),
            string.Create(CultureInfo.InvariantCulture, $"object {number} starts a chain of more than {limits.MaxReferenceChain} references to references")));

    /// <summary>
    /// Forms as PdfPig draws them: a page's content names forms in the page's resources; a form's content names forms
    /// in its own resources, or, when it has none, in those of whatever drew it. A form reached again while it is
    /// still being drawn draws itself.
    /// </summary>
    private sealed class FormCheck(PdfObjectTable table, PdfLimits limits)
    {
        private readonly Dictionary<long, IReadOnlyList<string>> _drawn = [];
        // Forms fully explored with the resources they were drawn under: how many form levels they hold (themselves included).
        private readonly Dictionary<(long Form, Dictionary<string, object?> Scope), int> _heights = [];

        public void Run()
        {
            foreach (var page in table.Objects.Where(o => PdfObjectTable.Named(o.Dictionary, "Type", "Page")))
            {
                var resources = Inherited(page.Dictionary!, "Resources") as Dictionary<string, object?> ?? [];
                var contents = Resolve(page.Dictionary!.GetValueOrDefault("Contents"), table, limits) is List<object?> parts
                    ? parts
                    : [page.Dictionary!.GetValueOrDefault("Contents")];
                // Every content stream is decoded (the size limits apply to it), whether or not the page has forms.
                var names = contents.SelectMany(c => c is PdfRef r && table.Get(r.Number) is { Stream: not null } s ? Drawn(s) : [])
                    .Distinct(StringComparer.Ordinal).ToList();
                var children = Forms(names, resources).ToList();
                Explore(page.Number, children);
            }
        }

        /// <summary>Depth-first over (form, resources) with an explicit stack, keeping the deepest chain of forms.</summary>
        private void Explore(long page, List<(PdfObject Form, Dictionary<string, object?> Scope)> roots)
        {
            var stack = new List<Frame>();
            var onStack = new HashSet<(long, Dictionary<string, object?>)>();
            foreach (var root in roots)
            {
                Push(root);
                while (stack.Count > 0)
                {
                    var top = stack[^1];
                    if (top.Next < top.Children.Count)
                    {
                        var child = top.Children[top.Next++];
                        var key = (child.Form.Number, child.Scope);
                        if (onStack.Contains(key))
                        {
                            throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxFormNesting),
                                string.Create(CultureInfo.InvariantCulture,
                                    $"on page object {page}, form XObject {child.Form.Number} draws itself (through {stack.Count - stack.FindIndex(f => f.Form.Number == child.Form.Number && ReferenceEquals(f.Scope, child.Scope))} form(s))")));
                        }
                        if (_heights.TryGetValue(key, out var height))
                        {
                            CheckDepth(page, stack.Count + height);
                            top.Height = Math.Max(top.Height, height + 1);
                            continue;
                        }
                        Push(child);
                        continue;
                    }
                    stack.RemoveAt(stack.Count - 1);
                    onStack.Remove((top.Form.Number, top.Scope));
                    _heights[(top.Form.Number, top.Scope)] = top.Height;
                    if (stack.Count > 0)
                    {
                        stack[^1].Height = Math.Max(stack[^1].Height, top.Height + 1);
                    }
                }
            }

            void Push((PdfObject Form, Dictionary<string, object?> Scope) form)
            {
                CheckDepth(page, stack.Count + 1);
                var scope = Resolve(form.Form.Dictionary!.GetValueOrDefault("Resources"), table, limits) as Dictionary<string, object?> ?? form.Scope;
                stack.Add(new Frame(form.Form, form.Scope, Forms(Drawn(form.Form), scope).ToList()));
                onStack.Add((form.Form.Number, form.Scope));
            }
        }

        private void CheckDepth(long page, int depth)
        {
            if (depth > limits.MaxFormNesting)
            {
                throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxFormNesting),
                    string.Create(CultureInfo.InvariantCulture, $"on page object {page}, form XObjects are nested more than {limits.MaxFormNesting} deep")));
            }
        }

        /// <summary>The forms among the names, looked up in the resources' /XObject dictionary.</summary>
        private IEnumerable<(PdfObject Form, Dictionary<string, object?> Scope)> Forms(IEnumerable<string> names, Dictionary<string, object?> resources)
        {
            if (Resolve(resources.GetValueOrDefault("XObject"), table, limits) is not Dictionary<string, object?> xobjects)
            {
                yield break;
            }
            foreach (var name in names)
            {
                if (xobjects.GetValueOrDefault(name) is PdfRef reference && table.Get(reference.Number) is { Stream: not null } form &&
                    PdfObjectTable.Named(form.Dictionary, "Subtype", "Form"))
                {
                    yield return (form, resources);
                }
            }
        }

        /// <summary>The names a content stream draws with <c>Do</c> (once per stream object).</summary>
        private IReadOnlyList<string> Drawn(PdfObject stream)
        {
            if (_drawn.TryGetValue(stream.Number, out var names))
            {
                return names;
            }
            var what = string.Create(CultureInfo.InvariantCulture, $"the content stream {stream.Number}");
            var content = stream.Dictionary is { } dictionary ? PreflightDecoder.Decode(table.StoredBytes(stream), dictionary, table, limits, what) : null;
            names = content is null ? [] : DoNames(content);
            _drawn[stream.Number] = names;
            return names;
        }

        private static List<string> DoNames(byte[] content)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var lexer = new PdfLexer(content);
            PdfToken previous = default;
            while (lexer.Next() is { Kind: not PdfTokenKind.End } token)
            {
                if (token.Kind == PdfTokenKind.Keyword)
                {
                    var word = lexer.Text(token);
                    if (word.SequenceEqual("Do"u8) && previous.Kind == PdfTokenKind.Name)
                    {
                        names.Add(PdfName.From(content.AsSpan(previous.Start, previous.End - previous.Start)).Value);
                    }
                    else if (word.SequenceEqual("ID"u8))
                    {
                        SkipInlineImage(ref lexer, content);
                    }
                }
                previous = token;
            }
            return [.. names];
        }

        /// <summary>An inline image's data runs from ID to an EI between white space.</summary>
        private static void SkipInlineImage(ref PdfLexer lexer, byte[] content)
        {
            for (var i = lexer.Position + 1; i + 2 < content.Length; i++)
            {
                if (content[i] == 'E' && content[i + 1] == 'I' && PdfLexer.IsWhite(content[i - 1]) &&
                    (i + 2 == content.Length || PdfLexer.IsWhite(content[i + 2])))
                {
                    lexer.Position = i + 2;
                    return;
                }
            }
            lexer.Position = content.Length;
        }

        /// <summary>A page attribute it may inherit from its page-tree ancestors (bounded, loop-safe).</summary>
        private object? Inherited(Dictionary<string, object?> page, string key)
        {
            var seen = new HashSet<long>();
            for (var node = page; node is not null;)
            {
                if (node.TryGetValue(key, out var value))
                {
                    return Resolve(value, table, limits);
                }
                if (node.GetValueOrDefault("Parent") is not PdfRef parent || !seen.Add(parent.Number) || seen.Count > 64)
                {
                    return null;
                }
                node = table.Get(parent.Number)?.Dictionary;
            }
            return null;
        }

        private sealed class Frame(PdfObject form, Dictionary<string, object?> scope, List<(PdfObject Form, Dictionary<string, object?> Scope)> children)
        {
            public PdfObject Form { get; } = form;

            public Dictionary<string, object?> Scope { get; } = scope;

            public List<(PdfObject Form, Dictionary<string, object?> Scope)> Children { get; } = children;

            public int Next { get; set; }

            /// <summary>Form levels from this form down, itself included.</summary>
            public int Height { get; set; } = 1;
        }
    }
}

using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Core.Text;
using SopIngest.Readers.Common;

namespace SopIngest.Readers.PlainText;

/// <summary>
/// Plain-text exports (text pulled from a digital document, or raw OCR text): tab-separated runs become
/// tables, other lines text blocks split at blank lines. Raw OCR text has no tabs; the parser makes
/// the most of its lines.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public bool CanRead(DocumentInput input) => input?.MediaType == MediaTypes.Text;

    public Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = TextDecoding.Decode(input, out var legacy);
        return Task.FromResult(ExportLayout.Create(Read(text), ExtractionMethod.Text, legacy));
    }

    internal static IReadOnlyList<Block> Read(string text)
    {
        var blocks = new List<Block>();
        foreach (var (isTable, lines) in TabRows.Runs(text))
        {
            if (isTable)
            {
                var rows = lines.Select(l => (IReadOnlyList<Cell>)l.Split('\t')
                    .Select(c => new Cell(0, 0, TextNormalizer.Fold(c))).ToList()).ToList();
                blocks.Add(TableBlock.FromRows(rows));
                continue;
            }
            var current = new List<TextLine>();
            foreach (var line in lines)
            {
                var folded = TextNormalizer.Fold(line);
                if (folded.Length > 0)
                {
                    current.Add(new TextLine(folded));
                }
                else if (current.Count > 0)
                {
                    blocks.Add(new TextBlock(current));
                    current = [];
                }
            }
            if (current.Count > 0)
            {
                blocks.Add(new TextBlock(current));
            }
        }
        return blocks;
    }
}

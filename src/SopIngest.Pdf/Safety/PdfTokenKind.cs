namespace SopIngest.Pdf.Safety;

internal enum PdfTokenKind { End, Integer, Real, Name, String, ArrayStart, ArrayEnd, DictionaryStart, DictionaryEnd, Keyword }

using System.Globalization;
using System.Text;

namespace SopIngest.HostileFiles;

/// <summary>
/// Writes PDFs object by object (header, objects, cross-reference table, trailer), so a hostile structure can be
/// built exactly: object 1 is the catalog, the caller's objects follow in order.
/// </summary>
public sealed class RawPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object; returns its number.</summary>
    public int Add(string body) => Add(Encoding.ASCII.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Adds a stream object; <paramref name="dictionary"/> holds its entries except /Length.</summary>
    public int AddStream(string dictionary, byte[] data) =>
        Add([.. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Length {data.Length} >>\nstream\n")), .. data,
            .. "\nendstream"u8.ToArray()]);

    public int AddStream(string dictionary, string data) => AddStream(dictionary, Encoding.ASCII.GetBytes(data));

    /// <summary>Reserves the next object number for an object added later with <see cref="Set"/>.</summary>
    public int Reserve() => Add("null");

    public void Set(int number, string body) => _objects[number - 1] = Encoding.ASCII.GetBytes(body);

    public byte[] ToArray(int root = 1)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }
}

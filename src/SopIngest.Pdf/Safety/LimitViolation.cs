namespace SopIngest.Pdf.Safety;

/// <summary>A limit a PDF passed: the limit's name (as configured) and what the file did, in words for the user.</summary>
internal sealed record LimitViolation(string Limit, string What)
{
    public string Message(string fileName) =>
        $"{fileName}: {What} ({Limit}); the file is built to break PDF readers, or damaged. It was not read: export or scan the SOP again.";
}

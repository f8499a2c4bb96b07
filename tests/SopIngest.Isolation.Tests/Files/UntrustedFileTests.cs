using SopIngest.Core.Pipeline;
using SopIngest.HostileFiles;
using SopIngest.Isolation.Files;

namespace SopIngest.Isolation.Tests.Files;

/// <summary>
/// Only regular files are read: a named pipe (which would wait forever), a device or a folder is refused at once,
/// and within an intake folder a link that leads outside it is refused; links inside it are followed.
/// </summary>
public sealed class UntrustedFileTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("sopingest-files-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Inbox => Directory.CreateDirectory(Path.Combine(_work.FullName, "inbox")).FullName;

    private string Write(string folder, string name, string content = "Nama SOP : Pelayanan")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_regular_file_is_read_whole()
    {
        var path = Write(_work.FullName, "sop.md", new string('x', 200_000));

        var bytes = await UntrustedFile.ReadAsync(path);

        Assert.Equal(200_000, bytes.Length);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        var fifo = HostileSet.MakeFifo(Path.Combine(_work.FullName, "x.md"));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(fifo));

        Assert.Equal(UnreadableReason.NotARegularFile, error.Reason);
        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "device")]
    [InlineData("/dev/null", "device")]
    [InlineData("/tmp", "folder")]
    public async Task Devices_and_folders_are_refused(string path, string words)
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(path));

        Assert.Equal(UnreadableReason.NotARegularFile, error.Reason);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_named_pipe_is_refused()
    {
        var fifo = HostileSet.MakeFifo(Path.Combine(_work.FullName, "pipe"));
        var link = HostileSet.MakeLink(Path.Combine(Inbox, "x.md"), fifo);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(link));

        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_out_of_the_intake_folder_is_refused_and_one_inside_it_is_read()
    {
        var secret = Write(_work.FullName, "secret.md");
        var inside = Write(Inbox, "real.md");
        var escape = HostileSet.MakeLink(Path.Combine(Inbox, "escape.md"), secret);
        var relative = HostileSet.MakeLink(Path.Combine(Inbox, "relative.md"), "../secret.md");
        var friendly = HostileSet.MakeLink(Path.Combine(Inbox, "alias.md"), inside);
        var options = new UntrustedFileOptions { Root = Inbox };

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(escape, options));
        var error2 = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(relative, options));

        Assert.Equal(UnreadableReason.NotARegularFile, error.Reason);
        Assert.Contains("outside the intake folder", error.Message, StringComparison.Ordinal);
        Assert.Contains(secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the intake folder", error2.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await UntrustedFile.ReadAsync(friendly, options));
        // Without an intake folder (the CLI) the user's own links are followed.
        Assert.NotEmpty(await UntrustedFile.ReadAsync(escape));
    }

    [Fact]
    public async Task A_missing_file_is_reported_as_missing()
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => UntrustedFile.ReadAsync(Path.Combine(_work.FullName, "hilang.md")));

        Assert.Equal(UnreadableReason.NoContent, error.Reason);
        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public async Task The_size_limit_is_inclusive(int size, bool refused)
    {
        var path = Write(_work.FullName, "sop.md", new string('x', size));

        var outcome = await Record.ExceptionAsync(() => UntrustedFile.ReadAsync(path, new UntrustedFileOptions { MaxBytes = 1000 }));

        Assert.Equal(refused, outcome is UnreadableDocumentException { Reason: UnreadableReason.TooLarge });
        Assert.True(refused || outcome is null, outcome?.ToString());
    }
}

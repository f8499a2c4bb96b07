using SopIngest.HostileFiles;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Intake;

public sealed class InboxTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Files_dropped_in_the_inbox_are_ingested_and_refused_ones_set_aside_with_the_reason()
    {
        var inbox = Path.Combine(_data.Path, "inbox");
        Directory.CreateDirectory(inbox);
        await using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path,
            [.. ServiceFactory.FastJobs, ("SopIngest:Intake:InboxFolder", inbox), ("SopIngest:Intake:InboxPollInterval", "00:00:00.200")]));
        using var http = service.CreateClient();
        var good = Corpus.Exports[7];

        await File.WriteAllBytesAsync(Path.Combine(inbox, good), Corpus.Read(good));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "tool.exe"), [0x4D, 0x5A, 0x90, 0x00]);
        var processed = Path.Combine(inbox, "processed", good);
        var rejected = Path.Combine(inbox, "rejected");
        await WaitForAsync(() => File.Exists(processed) && File.Exists(Path.Combine(rejected, "tool.exe")) &&
                                 File.Exists(Path.Combine(rejected, "empty.txt")));

        var document = Assert.Single(await http.ListAsync());
        Assert.Equal(good, document.FileName);
        Assert.Contains((await http.WaitFinishedAsync([document.Id]))[0].Status, new[] { "ready", "needs-review" });
        Assert.Contains("empty", await File.ReadAllTextAsync(Path.Combine(rejected, "empty.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("not a supported document", await File.ReadAllTextAsync(Path.Combine(rejected, "tool.exe.reason.txt")),
            StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(inbox));
    }

    [Fact]
    public async Task A_named_pipe_and_a_link_out_of_the_inbox_are_set_aside_with_the_reason_and_the_files_after_them_still_come_in()
    {
        var inbox = Path.Combine(_data.Path, "inbox");
        Directory.CreateDirectory(inbox);
        var secret = Path.Combine(_data.Path, "secret.md");
        await File.WriteAllBytesAsync(secret, Corpus.Read(Corpus.Exports[3]));
        await using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path,
            [.. ServiceFactory.FastJobs, ("SopIngest:Intake:InboxFolder", inbox), ("SopIngest:Intake:InboxPollInterval", "00:00:00.200")]));
        using var http = service.CreateClient();
        var good = Corpus.Exports[5];

        HostileSet.MakeFifo(Path.Combine(inbox, "x.md"));
        HostileSet.MakeLink(Path.Combine(inbox, "escape.md"), secret);
        await File.WriteAllBytesAsync(Path.Combine(inbox, good), Corpus.Read(good));
        var rejected = Path.Combine(inbox, "rejected");
        await WaitForAsync(() => File.Exists(Path.Combine(inbox, "processed", good)) &&
                                 File.Exists(Path.Combine(rejected, "x.md.reason.txt")) && File.Exists(Path.Combine(rejected, "escape.md.reason.txt")));

        var document = Assert.Single(await http.ListAsync());
        Assert.Equal(good, document.FileName);
        Assert.Contains("named pipe", await File.ReadAllTextAsync(Path.Combine(rejected, "x.md.reason.txt")), StringComparison.Ordinal);
        Assert.Contains("outside the intake folder", await File.ReadAllTextAsync(Path.Combine(rejected, "escape.md.reason.txt")),
            StringComparison.Ordinal);
        Assert.True(File.Exists(secret), "the link, not its target, was moved");
        Assert.DoesNotContain(Directory.GetFileSystemEntries(inbox), e => !Directory.Exists(e));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the inbox was not emptied within a minute");
    }

    public void Dispose() => _data.Dispose();
}

namespace SopIngest.Isolation.Supervision;

/// <summary>
/// What a reader wrote to stderr while reading the current document (kept, never shown to users): the first lines
/// (a stack overflow says so first, then repeats one frame thousands of times) and the last ones, for the crash
/// description and the administrator's detail.
/// </summary>
internal sealed class ErrorTail(int headLines = 100, int tailLines = 200)
{
    private readonly List<string> _head = [];
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _dropped;

    public void Add(string? line)
    {
        if (line is null)
        {
            _closed.TrySetResult(); // the stream ended: the process is gone
            return;
        }
        line = line.Length > 1000 ? line[..1000] : line;
        lock (_head)
        {
            if (_head.Count < headLines)
            {
                _head.Add(line);
                return;
            }
            _tail.Enqueue(line);
            if (_tail.Count > tailLines)
            {
                _tail.Dequeue();
                _dropped++;
            }
        }
    }

    /// <summary>Forgets what earlier documents left, so the lines are this document's.</summary>
    public void Clear()
    {
        lock (_head)
        {
            _head.Clear();
            _tail.Clear();
            _dropped = 0;
        }
    }

    /// <summary>Waits (a little) for stderr to reach its end, so the last lines of a dying process are in.</summary>
    public Task WaitClosedAsync(TimeSpan timeout) => Task.WhenAny(_closed.Task, Task.Delay(timeout));

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_head)
            {
                return _dropped == 0 ? [.. _head, .. _tail] : [.. _head, $"... ({_dropped} lines left out) ...", .. _tail];
            }
        }
    }
}

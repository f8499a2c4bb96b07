using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace SopIngest.Web.Hosting;

/// <summary>
/// Hangfire's logging into the host's <see cref="ILoggerFactory"/>. Hangfire keeps its log provider in a static,
/// so when several hosts live in one process (the service's tests) the last host's factory serves everyone, and
/// once that host stops its factory is disposed: <c>CreateLogger</c> would throw inside another host's job
/// workers, which Hangfire answers by restarting them with growing delays. Here a disposed factory means no log.
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new HostLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new HostLog(null);
        }
    }

    private sealed class HostLog(ILogger? logger) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null)
            {
                return false;
            }
            var level = logLevel switch
            {
                Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
                Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
                Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
                Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
                Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
                _ => MsLogLevel.Critical,
            };
            if (messageFunc is null)
            {
                return logger.IsEnabled(level); // Hangfire asks "is this level on?" this way
            }
            try
            {
#pragma warning disable CA1848, CA2254 // Hangfire hands over finished messages, not templates
                logger.Log(level, exception, messageFunc());
#pragma warning restore CA1848, CA2254
            }
            catch (ObjectDisposedException)
            {
                // the host that owned the factory has stopped
            }
            return true;
        }
    }
}

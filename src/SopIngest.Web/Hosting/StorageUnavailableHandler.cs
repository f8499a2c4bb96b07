using System.Data.Common;
using Azure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace SopIngest.Web.Hosting;

/// <summary>
/// Database or blob store away during a request: answer 503 with a problem saying to retry, rather than a bare 500.
/// Nothing was half-stored: the original is written before the record, and the record before the job.
/// </summary>
public sealed class StorageUnavailableHandler(IProblemDetailsService problems, ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DbException or RequestFailedException or TimeoutException or Microsoft.EntityFrameworkCore.DbUpdateException or Hangfire.BackgroundJobClientException))
        {
            return false;
        }
        logger.LogWarning(exception, "Storage unavailable during {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "10";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage unavailable",
                Detail = "The database, blob store or job storage did not answer; nothing was lost. Try again in a few seconds.",
            },
        }).ConfigureAwait(false);
    }
}

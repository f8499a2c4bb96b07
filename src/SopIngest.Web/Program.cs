using SopIngest.Web.Auth;
using SopIngest.Web.Catalogue;
using SopIngest.Web.Documents;
using SopIngest.Web.Extraction;
using SopIngest.Web.Health;
using SopIngest.Web.Hosting;
using SopIngest.Web.Intake;
using SopIngest.Web.Pages;
using SopIngest.Web.Publishing;

// SopIngest service: web (API), worker (extraction jobs) or both, per SopIngest:Role. See docs/SERVICE.md.
var builder = WebApplication.CreateBuilder(args);
var settings = builder.AddServiceSettings();

builder.Services.AddSopStore(settings.Storage);
builder.Services.AddBlobStore(settings.Storage, settings.Service);
builder.Services.AddExtraction(builder.Configuration, settings.Jobs);
builder.Services.AddJobs(settings);
builder.Services.AddIntake(settings);
builder.Services.AddServiceHealthChecks();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StorageUnavailableHandler>();
builder.Services.AddSignIn(builder.Configuration);
builder.Services.AddReviewUi();
builder.Services.AddPublishing();
builder.Services.AddCatalogue();

var app = builder.Build();
await app.MigrateStoreAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSignIn();
app.MapServiceHealth();
if (settings.Service.RunsWeb)
{
    app.MapIntake();
    app.MapDocuments();
    app.MapReviewUi();
    app.MapJobsDashboard();
    app.MapCatalogue();
}

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

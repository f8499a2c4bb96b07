using SopIngest.Web.Intake;
using SopIngest.Web.Jobs;

namespace SopIngest.Web.Hosting;

/// <summary>Every options section of the service, read and validated once at start.</summary>
public sealed record ServiceSettings(ServiceOptions Service, JobOptions Jobs, IntakeOptions Intake, StorageMode Storage);

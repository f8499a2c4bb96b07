namespace SopIngest.Web.Intake;

/// <summary>Why one file was refused at the door, with the HTTP status that says so.</summary>
public sealed record IntakeRejection(string FileName, int StatusCode, string Message);

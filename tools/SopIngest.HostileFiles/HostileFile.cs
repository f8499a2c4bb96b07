namespace SopIngest.HostileFiles;

/// <summary>
/// One hostile input: its file name, the class of attack it stands for, its bytes, and the words its one error line
/// must hold (the limit it passes, or the reason it is refused).
/// </summary>
public sealed record HostileFile(string Name, string Attack, byte[] Content, string Expected);

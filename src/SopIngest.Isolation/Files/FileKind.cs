namespace SopIngest.Isolation.Files;

/// <summary>What a path names, from its mode bits (S_IFMT).</summary>
internal enum FileKind { Missing, Regular, Directory, SymbolicLink, NamedPipe, CharacterDevice, BlockDevice, Socket, Unknown }

using System.Text.Json.Serialization;

namespace SopIngest.Isolation.Protocol;

/// <summary>
/// One message between a host and its reader process: the JSON part of a <see cref="Frame"/>. New kinds and new
/// (optional) properties can be added without breaking the other side of the same build; both sides always come
/// from one build, so there is no version negotiation.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StartMessage), "start")]
[JsonDerivedType(typeof(ReadyMessage), "ready")]
[JsonDerivedType(typeof(ReadMessage), "read")]
[JsonDerivedType(typeof(ProgressMessage), "progress")]
[JsonDerivedType(typeof(ResultMessage), "result")]
[JsonDerivedType(typeof(FailureMessage), "failure")]
internal abstract record ReaderMessage;

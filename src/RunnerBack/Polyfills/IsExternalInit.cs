#if NET5_0_OR_GREATER
// A library built for netstandard2.0 that uses a with expression on a RunnerBack record calls an
// init setter marked with the netstandard2.0 build's own IsExternalInit (below). When that library
// runs on .NET 5 or later it gets this build, whose setters carry the runtime's IsExternalInit, so
// the call would not bind (MissingMethodException); forwarding the name to the runtime's type
// makes the two the same type.
[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.Runtime.CompilerServices.IsExternalInit))]
#else
namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks this marker type; the compiler needs it for init-only setters and records.
    internal static class IsExternalInit { }
}
#endif

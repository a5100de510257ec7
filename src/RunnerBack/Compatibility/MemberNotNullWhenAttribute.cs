#if !NET5_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis
{
    // The attribute .NET 5 added, for the netstandard2.0 build: the C# compiler reads it by name, so
    // `if (response.IsValid) response.Result...` needs no null check in any target.
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = false, AllowMultiple = true)]
    internal sealed class MemberNotNullWhenAttribute : Attribute
    {
        public MemberNotNullWhenAttribute(bool returnValue, string member)
        {
            ReturnValue = returnValue;
            Members = new[] { member };
        }

        public bool ReturnValue { get; }

        public string[] Members { get; }
    }
}
#endif

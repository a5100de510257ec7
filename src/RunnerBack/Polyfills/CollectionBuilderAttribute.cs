#if !NET8_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks this marker type; the compiler looks it up by name, so collection
    // expressions ([a, b]) build RunnerBack's sets and lists on that target too.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
    internal sealed class CollectionBuilderAttribute : Attribute
    {
        public CollectionBuilderAttribute(Type builderType, string methodName)
        {
            BuilderType = builderType;
            MethodName = methodName;
        }

        public Type BuilderType { get; }

        public string MethodName { get; }
    }
}
#endif

using System;

namespace RunnerBack
{
    /// <summary>
    /// Builds <see cref="ValueList{T}"/> values; the C# compiler calls <see cref="Create{T}(ReadOnlySpan{T})"/>
    /// for a collection expression such as <c>[change1, change2]</c>.
    /// </summary>
    /// <remarks>Stateless and thread-safe.</remarks>
    public static class ValueList
    {
        /// <summary>Builds a list holding a copy of <paramref name="items"/>, in their order.</summary>
        /// <typeparam name="T">The item type.</typeparam>
        /// <param name="items">The items.</param>
        /// <returns>The list.</returns>
        public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new ValueList<T>(items.ToArray());
    }
}

using System;

namespace RunnerBack
{
    /// <summary>
    /// Builds <see cref="EnumSet{T}"/> values; the C# compiler calls <see cref="Create{T}(ReadOnlySpan{T})"/>
    /// for a collection expression such as <c>[Symptom.ChestPain, Symptom.Sweating]</c>.
    /// </summary>
    /// <remarks>Stateless and thread-safe.</remarks>
    public static class EnumSet
    {
        /// <summary>Builds a set from <paramref name="values"/>, rejecting duplicates and undefined values.</summary>
        /// <typeparam name="T">The enum.</typeparam>
        /// <param name="values">The values.</param>
        /// <returns>The set.</returns>
        /// <exception cref="ArgumentException">A value is repeated or is not a defined member of <typeparamref name="T"/>.</exception>
        public static EnumSet<T> Create<T>(ReadOnlySpan<T> values)
            where T : unmanaged, Enum => EnumSet<T>.FromSpan(values);
    }
}

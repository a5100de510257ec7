using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace RunnerBack
{
    /// <summary>
    /// An immutable set of enum values (at most 64 distinct values, all defined members of
    /// <typeparamref name="T"/>), stored as a bit mask so that membership tests on the triage hot
    /// path cost one AND and allocate nothing.
    /// </summary>
    /// <remarks>
    /// Enumeration yields the values in ascending numeric order, so two sets with the same members
    /// are equal, hash alike and print alike whatever order they were built from. The default value
    /// is the empty set. This type is immutable and thread-safe.
    /// <para>
    /// Only enums whose underlying type is <see cref="int"/> and whose members are 0 to 63 fit. With
    /// any other enum, the first value added, or the first set built from values, throws an
    /// <see cref="ArgumentException"/> that says why; every RunnerBack enum fits.
    /// </para>
    /// </remarks>
    /// <typeparam name="T">An enum whose underlying type is <see cref="int"/>, with members 0 to 63.</typeparam>
    /// <para>
    /// A collection expression builds one: <c>EnumSet&lt;Symptom&gt; s = [Symptom.ChestPain, Symptom.Fever];</c>.
    /// There is no <c>Add</c>: the set never changes, so <see cref="With(T)"/> returns a new one.
    /// </para>
    [CollectionBuilder(typeof(EnumSet), nameof(EnumSet.Create))]
    public readonly struct EnumSet<T> : IReadOnlyCollection<T>, IEquatable<EnumSet<T>>
        where T : unmanaged, Enum
    {
        // Bit i is set when i is a member of T; computed once per T, without generic code of its own
        // (see EnumMembers), because every method of a generic type is compiled again for each enum.
        internal static readonly ulong DefinedMask = EnumMembers.MaskOf(typeof(T), out Unsupported);

        // Why T does not fit, or null; said by an ArgumentException where a value is first used.
        private static readonly string? Unsupported;

        private readonly ulong _bits;

        private EnumSet(ulong bits) => _bits = bits;

        // One bit per member, by the member's value: how the JSON reader keeps a set among its values.
        internal ulong Bits => _bits;

        /// <summary>The empty set.</summary>
        public static EnumSet<T> Empty => default;

        // The inverse of Bits, for bits that came from Bits.
        internal static EnumSet<T> FromBits(ulong bits) => new EnumSet<T>(bits);

        /// <summary>The number of values in the set.</summary>
        public int Count => BitCount(_bits);

        /// <summary>True when the set holds no value.</summary>
        public bool IsEmpty => _bits == 0;

        /// <summary>Builds a set from <paramref name="values"/>, rejecting duplicates and undefined values.</summary>
        /// <param name="values">The values; null gives the empty set.</param>
        /// <returns>The set.</returns>
        /// <exception cref="ArgumentException">A value is repeated or is not a defined member of <typeparamref name="T"/>, or <typeparamref name="T"/> does not fit a set.</exception>
        public static EnumSet<T> From(IEnumerable<T>? values) => From(values, nameof(values));

        // The same, naming the caller's parameter in the exception (the model's constructors).
        internal static EnumSet<T> From(IEnumerable<T>? values, string paramName)
        {
            if (values is null)
            {
                return default;
            }

            // Another set is already duplicate-free and defined.
            if (values is EnumSet<T> set)
            {
                return set;
            }

            ulong bits = 0;
            foreach (var value in values)
            {
                bits = Including(bits, value, paramName);
            }

            return new EnumSet<T>(bits);
        }

        // For collection expressions (EnumSet.Create): the same checks as From.
        internal static EnumSet<T> FromSpan(ReadOnlySpan<T> values)
        {
            ulong bits = 0;
            foreach (var value in values)
            {
                bits = Including(bits, value, nameof(values));
            }

            return new EnumSet<T>(bits);
        }

        /// <summary>Builds a set from the given values; duplicates and undefined values are rejected.</summary>
        /// <exception cref="ArgumentException">A value is repeated or undefined.</exception>
        public static EnumSet<T> Of(params T[] values) => From(values, nameof(values));

        /// <summary>True when <paramref name="value"/> is in the set.</summary>
        public bool Contains(T value)
        {
            var index = EnumValue.ToInt(value);
            return (uint)index < 64u && (_bits & (1UL << index)) != 0;
        }

        /// <summary>True when this set and <paramref name="other"/> share at least one value.</summary>
        public bool Overlaps(EnumSet<T> other) => (_bits & other._bits) != 0;

        // Used by constructor checks of single enum fields, so every enum is validated one way. An
        // unsupported enum has an empty mask, so none of its values passes, whatever the four
        // bytes ToInt reads happen to hold.
        internal static bool IsDefinedValue(T value)
        {
            var defined = DefinedMask;
            var index = EnumValue.ToInt(value);
            return (uint)index < 64u && (defined & (1UL << index)) != 0;
        }

        /// <summary>Returns a set that also holds <paramref name="value"/>; this set is unchanged.</summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> is not a defined member.</exception>
        public EnumSet<T> With(T value) => new EnumSet<T>(_bits | BitOf(value, nameof(value)));

        /// <summary>Returns a set without <paramref name="value"/>; this set is unchanged.</summary>
        public EnumSet<T> Without(T value)
        {
            var index = EnumValue.ToInt(value);
            return (uint)index < 64u ? new EnumSet<T>(_bits & ~(1UL << index)) : this;
        }

        /// <summary>Returns an enumerator over the values in ascending order.</summary>
        public Enumerator GetEnumerator() => new Enumerator(_bits);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc />
        public bool Equals(EnumSet<T> other) => _bits == other._bits;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EnumSet<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _bits.GetHashCode();

        /// <summary>Compares two sets by their members.</summary>
        public static bool operator ==(EnumSet<T> left, EnumSet<T> right) => left.Equals(right);

        /// <summary>Compares two sets by their members.</summary>
        public static bool operator !=(EnumSet<T> left, EnumSet<T> right) => !left.Equals(right);

        /// <summary>The members in ascending order, such as <c>[Numbness, Tingling]</c>.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("[");
            foreach (var value in this)
            {
                if (text.Length > 1)
                {
                    text.Append(", ");
                }

                text.Append(value.ToString());
            }

            return text.Append(']').ToString();
        }

        // The bits with one more value, which must be defined and not among them yet.
        private static ulong Including(ulong bits, T value, string paramName)
        {
            var bit = BitOf(value, paramName);
            return (bits & bit) != 0 ? throw new ArgumentException($"{paramName} lists {value} more than once.", paramName) : bits | bit;
        }

        private static ulong BitOf(T value, string paramName)
        {
            if (Unsupported is { } problem)
            {
                throw new ArgumentException(problem, paramName);
            }

            if (!IsDefinedValue(value))
            {
                throw new ArgumentException($"{paramName} holds {EnumValue.ToInt(value)}, which is not a defined {typeof(T).Name}.", paramName);
            }

            return 1UL << EnumValue.ToInt(value);
        }

        private static int BitCount(ulong bits)
        {
#if NET5_0_OR_GREATER
            return System.Numerics.BitOperations.PopCount(bits);
#else
            var count = 0;
            while (bits != 0)
            {
                bits &= bits - 1;
                count++;
            }

            return count;
#endif
        }

        /// <summary>Enumerates a set's values in ascending order without allocating.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private ulong _remaining;
            private int _current;

            internal Enumerator(ulong bits)
            {
                _remaining = bits;
                _current = -1;
            }

            /// <inheritdoc />
            public readonly T Current => EnumValue.FromInt<T>(_current);

            readonly object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext()
            {
                if (_remaining == 0)
                {
                    return false;
                }

                var index = 0;
                while ((_remaining & (1UL << index)) == 0)
                {
                    index++;
                }

                _remaining &= ~(1UL << index);
                _current = index;
                return true;
            }

            /// <summary>Not supported: enumerate the set again instead.</summary>
            /// <exception cref="NotSupportedException">Always.</exception>
            public void Reset() => throw new NotSupportedException();

            /// <inheritdoc />
            public readonly void Dispose()
            {
            }
        }
    }
}

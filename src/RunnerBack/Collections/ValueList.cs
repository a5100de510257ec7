using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace RunnerBack
{
    /// <summary>
    /// An immutable list with value equality: two lists are equal when they hold equal items in the
    /// same order. Result lists use it so that two equal assessments give equal results.
    /// </summary>
    /// <remarks>
    /// The default value is the empty list. The backing array is never exposed, so the list cannot
    /// be changed after construction. This type is immutable and thread-safe when its items are.
    /// A collection expression builds one: <c>ValueList&lt;AnswerChange&gt; changes = [change];</c>.
    /// </remarks>
    /// <typeparam name="T">The item type.</typeparam>
    [CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
    public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[]? _items;

        // Takes ownership of the array: callers hand over a fresh array they never touch again.
        internal ValueList(T[] items) => _items = items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty => default;

        /// <summary>Builds a list holding a copy of <paramref name="items"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
        public static ValueList<T> CopyOf(IEnumerable<T> items)
        {
            if (items is null)
            {
                throw new ArgumentNullException(nameof(items));
            }

            return new ValueList<T>(new List<T>(items).ToArray());
        }

        /// <summary>The number of items.</summary>
        public int Count => _items?.Length ?? 0;

        /// <summary>The item at <paramref name="index"/>.</summary>
        /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        /// <summary>Returns an enumerator that does not allocate.</summary>
        public Enumerator GetEnumerator() => new Enumerator(_items ?? Array.Empty<T>());

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <inheritdoc />
        public bool Equals(ValueList<T> other)
        {
            var count = Count;
            if (count != other.Count)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < count; i++)
            {
                if (!comparer.Equals(_items![i], other._items![i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            var comparer = EqualityComparer<T>.Default;
            foreach (var item in this)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        /// <summary>Compares two lists item by item.</summary>
        public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

        /// <summary>Compares two lists item by item.</summary>
        public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

        /// <summary>The items, such as <c>[a, b]</c>.</summary>
        public override string ToString()
        {
            var text = new StringBuilder("[");
            foreach (var item in this)
            {
                if (text.Length > 1)
                {
                    text.Append(", ");
                }

                text.Append(item);
            }

            return text.Append(']').ToString();
        }

        /// <summary>Enumerates a list without allocating.</summary>
        public struct Enumerator : IEnumerator<T>
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            /// <inheritdoc />
            public readonly T Current => _items[_index];

            readonly object? IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext() => ++_index < _items.Length;

            /// <inheritdoc />
            public void Reset() => _index = -1;

            /// <inheritdoc />
            public readonly void Dispose()
            {
            }
        }
    }
}

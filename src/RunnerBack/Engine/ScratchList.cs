using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // A growable buffer reused across evaluations on one thread, so the hot path only allocates
    // the result's own arrays.
    internal sealed class ScratchList<T>
        where T : class
    {
        private T[] _items = new T[16];

        public int Count { get; private set; }

        public T this[int index] => _items[index];

        public void Add(T item)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = item;
        }

        public void Truncate(int count)
        {
            Array.Clear(_items, count, Count - count);
            Count = count;
        }

        public void Clear() => Truncate(0);

        // Sorts the items by `order` (the lists are a handful of items long), drops each item `order`
        // calls equal to the one kept before it, and returns the kept items in a new array, or null
        // when there are none.
        public T[]? ToSortedDistinct<TOrder>(TOrder order)
            where TOrder : struct, IComparer<T>, IEqualityComparer<T>
        {
            var items = _items;
            Sort(items, Count, order);
            var kept = Math.Min(Count, 1);
            for (var i = 1; i < Count; i++)
            {
                if (!order.Equals(items[i], items[kept - 1]))
                {
                    items[kept++] = items[i];
                }
            }

            if (kept == 0)
            {
                return null;
            }

            var copy = new T[kept];
            Array.Copy(items, copy, kept);
            return copy;
        }

        // Insertion sort, stable, with no allocation (Array.Sort would box a struct comparer).
        public static void Sort<TOrder>(T[] items, int count, TOrder order)
            where TOrder : struct, IComparer<T>
        {
            for (var i = 1; i < count; i++)
            {
                var item = items[i];
                var j = i - 1;
                while (j >= 0 && order.Compare(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }
        }
    }
}

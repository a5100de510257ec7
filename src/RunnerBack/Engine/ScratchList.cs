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

        // Insertion sort: the lists are a handful of items long and it allocates nothing.
        public void Sort<TComparer>(TComparer comparer)
            where TComparer : struct, IComparer<T>
        {
            for (var i = 1; i < Count; i++)
            {
                var item = _items[i];
                var j = i - 1;
                while (j >= 0 && comparer.Compare(_items[j], item) > 0)
                {
                    _items[j + 1] = _items[j];
                    j--;
                }

                _items[j + 1] = item;
            }
        }

        // Drops items equal to their predecessor; call after sorting so that equal items are adjacent.
        public void DropAdjacentDuplicates<TComparer>(TComparer sameCode)
            where TComparer : struct, IEqualityComparer<T>
        {
            if (Count < 2)
            {
                return;
            }

            var kept = 1;
            for (var i = 1; i < Count; i++)
            {
                if (!sameCode.Equals(_items[i], _items[kept - 1]))
                {
                    _items[kept++] = _items[i];
                }
            }

            Truncate(kept);
        }

        public ValueList<T> ToValueList()
        {
            if (Count == 0)
            {
                return default;
            }

            var copy = new T[Count];
            Array.Copy(_items, copy, Count);
            return new ValueList<T>(copy);
        }
    }
}

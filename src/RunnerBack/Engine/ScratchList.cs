using System;

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
        public void Sort(Func<T, T, int> compare)
        {
            for (var i = 1; i < Count; i++)
            {
                var item = _items[i];
                var j = i - 1;
                while (j >= 0 && compare(_items[j], item) > 0)
                {
                    _items[j + 1] = _items[j];
                    j--;
                }

                _items[j + 1] = item;
            }
        }

        public void RemoveWhere(Func<T, bool> remove)
        {
            var kept = 0;
            for (var i = 0; i < Count; i++)
            {
                if (!remove(_items[i]))
                {
                    _items[kept++] = _items[i];
                }
            }

            Truncate(kept);
        }

        // Drops items equal (by key) to their predecessor; call after sorting by that key first.
        public void DropAdjacentDuplicates(Func<T, string> key)
        {
            if (Count < 2)
            {
                return;
            }

            var kept = 1;
            for (var i = 1; i < Count; i++)
            {
                if (!string.Equals(key(_items[i]), key(_items[kept - 1]), StringComparison.Ordinal))
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

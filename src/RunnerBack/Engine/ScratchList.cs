using System;
using System.Collections.Generic;

namespace RunnerBack
{
    // A growable buffer reused across evaluations on one thread, so the hot path only allocates
    // the result's own arrays. An item may come with its rank: its place in the result's order
    // among every output the engine's rules can give, worked out when the engine was built (see
    // PipelineStep). When every item has one, sorting compares ints instead of the items.
    internal sealed class ScratchList<T>
        where T : class
    {
        public const int Unranked = -1;

        private T[] _items = new T[16];
        private int[] _ranks = new int[16];
        private int _unranked;

        public int Count { get; private set; }

        public T this[int index] => _items[index];

        public void Add(T item, int rank = Unranked)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
                Array.Resize(ref _ranks, _ranks.Length * 2);
            }

            _unranked += rank == Unranked ? 1 : 0;
            _ranks[Count] = rank;
            _items[Count++] = item;
        }

        public void Truncate(int count)
        {
            for (var i = count; i < Count; i++)
            {
                _unranked -= _ranks[i] == Unranked ? 1 : 0;
            }

            Array.Clear(_items, count, Count - count);
            Count = count;
        }

        public void Clear() => Truncate(0);

        // Fills `positions` with the indexes of the items in `order`'s order, dropping each item that
        // `order` calls the same as the one kept before it, and returns how many it kept. When every
        // item has a rank, ranks stand in for `order`'s comparison and `groupOfRank` (see
        // OutputRanking) for its equality. It sorts indexes rather than the items: moving a
        // reference into a T[] costs a type check and a GC write barrier, moving an int costs
        // neither. Insertion sort, stable: the lists are a handful of items long and it allocates
        // nothing.
        public int SortDistinct<TOrder>(Span<int> positions, TOrder order, ReadOnlySpan<int> groupOfRank)
            where TOrder : struct, IComparer<T>, IEqualityComparer<T>
        {
            for (var i = 0; i < Count; i++)
            {
                positions[i] = i;
            }

            if (Count < 2)
            {
                return Count;
            }

            var kept = 1;
            if (_unranked == 0)
            {
                SortByRank(positions.Slice(0, Count));
                var keptGroup = groupOfRank[_ranks[positions[0]]];
                for (var i = 1; i < Count; i++)
                {
                    var group = groupOfRank[_ranks[positions[i]]];
                    if (group != keptGroup)
                    {
                        positions[kept++] = positions[i];
                        keptGroup = group;
                    }
                }

                return kept;
            }

            SortPositions(positions.Slice(0, Count), order);
            for (var i = 1; i < Count; i++)
            {
                if (!order.Equals(_items[positions[i]], _items[positions[kept - 1]]))
                {
                    positions[kept++] = positions[i];
                }
            }

            return kept;
        }

        // Reorders indexes of this list's items by `order` (insertion sort, stable).
        public void SortPositions<TComparer>(Span<int> positions, TComparer order)
            where TComparer : struct, IComparer<T>
        {
            for (var i = 1; i < positions.Length; i++)
            {
                var position = positions[i];
                var item = _items[position];
                var j = i - 1;
                while (j >= 0 && order.Compare(_items[positions[j]], item) > 0)
                {
                    positions[j + 1] = positions[j];
                    j--;
                }

                positions[j + 1] = position;
            }
        }

        // The items at `positions`, in that order, as a new array (the result's own).
        public ValueList<T> ToValueList(ReadOnlySpan<int> positions)
        {
            if (positions.IsEmpty)
            {
                return default;
            }

            var copy = new T[positions.Length];

            // Stores through a span skip the per-element array type check.
            var target = copy.AsSpan();
            for (var i = 0; i < positions.Length; i++)
            {
                target[i] = _items[positions[i]];
            }

            return new ValueList<T>(copy);
        }

        // Ranks are distinct per output, so equal ranks (one rule's output given twice) keep their order.
        private void SortByRank(Span<int> positions)
        {
            for (var i = 1; i < positions.Length; i++)
            {
                var position = positions[i];
                var rank = _ranks[position];
                var j = i - 1;
                while (j >= 0 && _ranks[positions[j]] > rank)
                {
                    positions[j + 1] = positions[j];
                    j--;
                }

                positions[j + 1] = position;
            }
        }
    }
}

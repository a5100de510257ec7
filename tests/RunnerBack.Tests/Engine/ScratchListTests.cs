using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine's reusable buffer starts at 16 items; the default rules rarely fill it, so its
    // growth, reuse and both ways of sorting are pinned here rather than left to chance inputs.
    public sealed class ScratchListTests
    {
        [Fact]
        public void GrowsPastItsFirstCapacityKeepingEveryItemAndRankInOrder()
        {
            var list = new ScratchList<string>();
            var items = Enumerable.Range(0, 100).Select(i => "item" + i.ToString("D3")).ToArray();
            foreach (var item in items.Reverse())
            {
                list.Add(item, rank: int.Parse(item.Substring(4)));
            }

            Assert.Equal(100, list.Count);
            Assert.Equal(items.Reverse(), Enumerable.Range(0, list.Count).Select(i => list[i]));

            // Sorting by the ranks carried through the growth gives the items back in rank order.
            var positions = new int[list.Count];
            var kept = list.SortDistinct(positions, new CountingOrdinalOrder(new StrongBox<int>()), Enumerable.Range(0, 100).ToArray());
            Assert.Equal(items, list.ToValueList(positions.AsSpan(0, kept)));
        }

        [Fact]
        public void ClearedListsAreReusedFromTheStart()
        {
            var list = new ScratchList<string>();
            for (var i = 0; i < 40; i++)
            {
                list.Add("old" + i);
            }

            list.Clear();
            list.Add("new");
            var positions = new int[1];
            Assert.Equal(1, list.SortDistinct(positions, new CountingOrdinalOrder(new StrongBox<int>()), ReadOnlySpan<int>.Empty));
            Assert.Equal(new[] { "new" }, list.ToValueList(positions));
        }

        [Fact]
        public void NoPositionsGiveTheEmptyValueList()
        {
            var empty = new ScratchList<string>().ToValueList(ReadOnlySpan<int>.Empty);
            Assert.Empty(empty);
            Assert.Equal(default(ValueList<string>), empty);
        }

        // The engine ranks rule outputs by a stable sort of the pipeline's outputs and groups repeats
        // (RanksOf). For any pipeline and any subset of it firing in pipeline order, sorting by those
        // ranks and groups must give what sorting by comparison gives: same items, same order, same
        // repeats dropped, without comparing or equating a single item.
        [Fact]
        public void SortingByRankAgreesWithSortingByComparison()
        {
            var pipelines = Gen.Choose(1, 30).SelectMany(length =>
                Gen.Elements("a", "b", "bb", "c", "ca", "d").ArrayOf(length).Zip(Gen.Elements(true, false).ArrayOf(length)));
            Prop.ForAll(pipelines.ToArbitrary(), pipeline =>
            {
                var (outputs, fires) = pipeline;
                var ranks = Enumerable.Range(0, outputs.Length).OrderBy(i => outputs[i], StringComparer.Ordinal).Select((index, rank) => (index, rank))
                    .ToDictionary(p => p.index, p => p.rank);
                var inRankOrder = ranks.OrderBy(p => p.Value).Select(p => outputs[p.Key]).ToArray();
                var groups = inRankOrder.Select(output => Array.IndexOf(inRankOrder, output)).ToArray();
                var ranked = new ScratchList<string>();
                var unranked = new ScratchList<string>();
                for (var i = 0; i < outputs.Length; i++)
                {
                    if (fires[i])
                    {
                        // New strings, so that "the same item" can only mean equal text.
                        ranked.Add(new string(outputs[i].ToCharArray()), ranks[i]);
                        unranked.Add(new string(outputs[i].ToCharArray()));
                    }
                }

                var comparisons = new StrongBox<int>();
                var byRank = new int[outputs.Length];
                var byComparison = new int[outputs.Length];
                var keptByRank = ranked.SortDistinct(byRank, new CountingOrdinalOrder(comparisons), groups);
                var rankComparisons = comparisons.Value;
                var keptByComparison = unranked.SortDistinct(byComparison, new CountingOrdinalOrder(comparisons), ReadOnlySpan<int>.Empty);

                var expected = fires.Select((fired, i) => (fired, output: outputs[i])).Where(x => x.fired).Select(x => x.output)
                    .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
                Assert.Equal(expected, ranked.ToValueList(byRank.AsSpan(0, keptByRank)));
                Assert.Equal(expected, unranked.ToValueList(byComparison.AsSpan(0, keptByComparison)));
                Assert.Equal(0, rankComparisons);
            }).Check(Checks.Cases(1000));
        }

        // One unranked item (a custom rule's output) makes the whole list sort by comparison; once
        // it is discarded (a faulted rule), ranks are trusted again.
        [Fact]
        public void AnUnrankedItemSwitchesToComparisonUntilItIsTruncatedAway()
        {
            var list = new ScratchList<string>();
            list.Add("c", rank: 2);
            list.Add("a", rank: 0);
            list.Add("b");
            var comparisons = new StrongBox<int>();
            var positions = new int[3];
            var groups = new[] { 0, 1, 2 };
            var kept = list.SortDistinct(positions, new CountingOrdinalOrder(comparisons), groups);
            Assert.Equal(new[] { "a", "b", "c" }, list.ToValueList(positions.AsSpan(0, kept)));
            Assert.NotEqual(0, comparisons.Value);

            list.Truncate(2);
            comparisons.Value = 0;
            kept = list.SortDistinct(positions, new CountingOrdinalOrder(comparisons), groups);
            Assert.Equal(new[] { "a", "c" }, list.ToValueList(positions.AsSpan(0, kept)));
            Assert.Equal(0, comparisons.Value);

            list.Clear();
            list.Add("z");
            list.Add("y", rank: 0);
            comparisons.Value = 0;
            kept = list.SortDistinct(positions, new CountingOrdinalOrder(comparisons), groups);
            Assert.Equal(new[] { "y", "z" }, list.ToValueList(positions.AsSpan(0, kept)));
            Assert.NotEqual(0, comparisons.Value);
        }

        // Ordinal order with repeats by equal text; counts how often it is asked either.
        private readonly struct CountingOrdinalOrder : IComparer<string>, IEqualityComparer<string>
        {
            private readonly StrongBox<int> _comparisons;

            public CountingOrdinalOrder(StrongBox<int> comparisons) => _comparisons = comparisons;

            public int Compare(string? x, string? y)
            {
                _comparisons.Value++;
                return string.CompareOrdinal(x, y);
            }

            public bool Equals(string? x, string? y)
            {
                _comparisons.Value++;
                return string.Equals(x, y, StringComparison.Ordinal);
            }

            public int GetHashCode(string obj) => obj.GetHashCode();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine's reusable buffer starts at 16 items; the default rules rarely fill it, so its
    // growth, reuse and sorting are pinned here rather than left to chance inputs.
    public sealed class ScratchListTests
    {
        [Fact]
        public void GrowsPastItsFirstCapacityKeepingEveryItemAndSortsThemAll()
        {
            var list = new ScratchList<string>();
            var items = Enumerable.Range(0, 100).Select(i => "item" + i.ToString("D3")).ToArray();
            foreach (var item in items.Reverse())
            {
                list.Add(item);
            }

            Assert.Equal(100, list.Count);
            Assert.Equal(items.Reverse(), Enumerable.Range(0, list.Count).Select(i => list[i]));
            Assert.Equal(items, list.ToSortedDistinct(default(OrdinalOrder)));
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
            Assert.Equal(new[] { "new" }, list.ToSortedDistinct(default(OrdinalOrder)));
        }

        [Fact]
        public void AnEmptyListGivesNoArray() => Assert.Null(new ScratchList<string>().ToSortedDistinct(default(OrdinalOrder)));

        // Any items in any order: the sorted, distinct items, each once, as LINQ would give them.
        [Property(MaxTest = 300)]
        public Property SortsAndDropsRepeatsLikeLinq()
        {
            var items = Gen.ListOf(Gen.Elements("a", "b", "c", "d", "e", "f")).Select(l => l.ToArray());
            return Prop.ForAll(items.ToArbitrary(), input =>
            {
                var list = new ScratchList<string>();
                foreach (var item in input)
                {
                    list.Add(item);
                }

                var expected = input.Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray();
                Assert.Equal(expected.Length == 0 ? null : expected, list.ToSortedDistinct(default(OrdinalOrder)));
            });
        }

        private readonly struct OrdinalOrder : IComparer<string>, IEqualityComparer<string>
        {
            public int Compare(string? x, string? y) => string.CompareOrdinal(x, y);

            public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

            public int GetHashCode(string obj) => obj.GetHashCode();
        }
    }
}

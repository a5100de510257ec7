using System.Linq;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // The engine's reusable buffer starts at 16 items; the default rules rarely fill it, so its
    // growth and reuse are pinned here rather than left to chance inputs.
    public sealed class ScratchListTests
    {
        [Fact]
        public void GrowsPastItsFirstCapacityKeepingEveryItemInOrder()
        {
            var list = new ScratchList<string>();
            var items = Enumerable.Range(0, 100).Select(i => "item" + i).ToArray();
            foreach (var item in items)
            {
                list.Add(item);
            }

            Assert.Equal(100, list.Count);
            Assert.Equal(items, Enumerable.Range(0, list.Count).Select(i => list[i]));
            Assert.Equal(items, list.ToValueList());
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
            Assert.Equal(1, list.Count);
            Assert.Equal(new[] { "new" }, list.ToValueList());
        }

        [Fact]
        public void AnEmptyListGivesTheEmptyValueList()
        {
            var empty = new ScratchList<string>().ToValueList();
            Assert.Empty(empty);
            Assert.Equal(default(ValueList<string>), empty);
        }
    }
}

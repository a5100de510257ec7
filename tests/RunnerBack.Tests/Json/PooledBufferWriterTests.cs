using System;
using System.Linq;
using RunnerBack.Json;
using Xunit;

namespace RunnerBack.Tests.Json
{
    // The indented writers fill a PooledBufferWriter through Utf8JsonWriter, which only asks for
    // memory; these pin the rest of the IBufferWriter contract it promises.
    public sealed class PooledBufferWriterTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void RoomFollowsWhatWasWrittenAndGrowingKeepsIt(bool asSpan)
        {
            using var writer = new PooledBufferWriter(16);
            var expected = new byte[0];
            for (var round = 0; round < 40; round++)
            {
                var hint = round * 7 % 50;
                var room = asSpan ? writer.GetSpan(hint) : writer.GetMemory(hint).Span;
                Assert.True(room.Length >= Math.Max(hint, 1), $"round {round}: {room.Length} bytes for a hint of {hint}");
                var chunk = Enumerable.Range(0, Math.Max(hint, 1)).Select(i => (byte)(round + i)).ToArray();
                chunk.CopyTo(room);
                writer.Advance(chunk.Length);
                expected = expected.Concat(chunk).ToArray();
                Assert.Equal(expected, writer.WrittenSpan.ToArray());
            }

            writer.Clear();
            Assert.Equal(0, writer.WrittenSpan.Length);
            writer.GetSpan()[0] = 42;
            writer.Advance(1);
            Assert.Equal(new byte[] { 42 }, writer.WrittenSpan.ToArray());
        }
    }
}

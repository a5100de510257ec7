using System;
using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Engine
{
    // Assess reuses its thread's context, so it allocates the result's own objects and nothing
    // else: the 128-byte TriageResult, one outcome byte per rule for the trace, and one array of
    // exactly its items for each list that is not empty (sizes on a 64-bit runtime). A result that
    // a change over time could lower (no red flag, some pain) also searches for what would change
    // the answer, which costs its candidates: that is bounded here, and measured in the benchmarks.
    public sealed class AllocationTests
    {
        [Fact]
        public void AssessAllocatesOnlyTheResult()
        {
            var engine = Triage.Default;
            var checkedLists = 0;
            foreach (var assessment in RunnerBack.Benchmarks.Workloads.Generate(2000, seed: 3))
            {
                engine.Assess(assessment);
                var result = engine.Assess(assessment);
                var expected = 128 + ArrayBytes(engine.Rules.Count, 1)
                    + ListBytes(result.RedFlags.Count) + ListBytes(result.Findings.Count) + ListBytes(result.Contributors.Count) + ListBytes(result.Recommendations.Count);
                var searched = result.RedFlags.Count == 0 && result.Disposition > Disposition.KeepRunning;
                var allocated = Allocations.BytesAllocatedBy(() => engine.Assess(assessment));
                if (searched)
                {
                    Assert.InRange(allocated, expected, expected + (16 * 1024));
                }
                else
                {
                    Assert.Equal(expected, allocated);
                }

                checkedLists += result.Recommendations.Count > 0 && result.RedFlags.Count > 0 ? 1 : 0;
            }

            Assert.True(checkedLists > 50, "the generated cases need red flags and recommendations");
        }

        private static long ListBytes(int count) => count == 0 ? 0 : ArrayBytes(count, IntPtr.Size);

        // An array's header and length, then its items, rounded up to 8 bytes.
        private static long ArrayBytes(int count, int itemSize) => (16 + 8 + ((long)count * itemSize) + 7) / 8 * 8;
    }
}

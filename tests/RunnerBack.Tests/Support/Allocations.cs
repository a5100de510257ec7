using System;

namespace RunnerBack.Tests.Support
{
    internal static class Allocations
    {
        // The bytes this thread allocates while making one result; the result is kept alive until
        // counted, so the call cannot be dropped.
        public static long BytesAllocatedBy(Func<TriageResult> call)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(call());
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}

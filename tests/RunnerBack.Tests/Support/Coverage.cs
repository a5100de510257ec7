using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace RunnerBack.Tests.Support
{
    // A property is only as strong as the cases it is given: one whose interesting branch the
    // generator never reaches passes for a trivial reason. Each such property has a fact beside it
    // that samples the same generator, with a fixed seed so the figure is the same on every run,
    // and asserts that the branch is reached often enough to mean something.
    internal static class Coverage
    {
        private const int Size = 50;
        private static readonly Rnd Seed = new Rnd(20261202UL);

        public static IReadOnlyList<T> Sample<T>(Gen<T> gen, int count)
        {
            var sample = gen.Sample(numberOfSamples: count, seed: Seed, size: Size);
            if (sample.Length != count)
            {
                throw new InvalidOperationException($"asked for {count} samples, got {sample.Length}");
            }

            return sample;
        }

        public static int Count<T>(Gen<T> gen, int count, Func<T, bool> reachesTheBranch) =>
            Sample(gen, count).Count(reachesTheBranch);
    }
}

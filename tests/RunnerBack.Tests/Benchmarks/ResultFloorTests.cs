using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Benchmarks;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Benchmarks
{
    // The benchmarks' result floor claims to be the least work that returns the engine's answer.
    // That holds only if it builds the same result and allocates the same bytes; the second check
    // is also the budget's "no allocation beyond the result", checked on every assessment generated.
    public sealed class ResultFloorTests
    {
        private static readonly Gen<(AssessmentSpec Spec, TriageOptions Options)> Cases =
            from spec in Generators.Assessment from options in Generators.Options select (spec, options);

        [Fact]
        public void TheFloorBuildsAResultEqualToTheEngines()
        {
            var withheldSeen = false;
            Prop.ForAll(Cases.ToArbitrary(), t =>
            {
                var engine = Engines.With(t.Options);
                var result = engine.Assess(t.Spec.Build());
                var built = new ResultFloor(engine, result).Build();

                Assert.Equal(result, built);
                withheldSeen |= result.Trace.Any(entry => entry.Detail.StartsWith("Withheld", StringComparison.Ordinal));
            }).Check(Checks.Cases(1000));

            // The trace must be rebuilt with withheld outcomes, which the generated cases must reach.
            Assert.True(withheldSeen);
        }

        [Fact]
        public void AssessAllocatesExactlyTheBytesOfItsResult()
        {
            Prop.ForAll(Cases.ToArbitrary(), t =>
            {
                var engine = Engines.With(t.Options);
                var assessment = t.Spec.Build();

                // Twice, so this thread's reused context exists and its lists have grown to fit.
                var result = engine.Assess(assessment);
                engine.Assess(assessment);
                var floor = new ResultFloor(engine, result);
                floor.Build();

                var assessBytes = Allocations.BytesAllocatedBy(() => engine.Assess(assessment));
                var floorBytes = Allocations.BytesAllocatedBy(() => floor.Build());

                Assert.True(floorBytes > 0);
                Assert.Equal(floorBytes, assessBytes);
            }).Check(Checks.Cases(500));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RunnerBack.Benchmarks;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Benchmarks
{
    // The benchmarks' hand-written full answer is a fair yardstick for Assess only if it returns the
    // engine's result, trace included, and allocates the same bytes doing so.
    public sealed class HandWrittenResultTests
    {
        // Half of them mild, so that the ladder's lower rungs and the gate are compared as often as
        // the red flags.
        private static readonly Gen<(AssessmentSpec Spec, TriageOptions Options)> Cases =
            from spec in Gen.OneOf(Generators.Assessment, Generators.MildAssessment)
            from options in Generators.Options
            select (spec, options);

        [Fact]
        public void ItReturnsTheEnginesResult()
        {
            var traumaLevels = new HashSet<Disposition>();
            var withheldSeen = false;
            Prop.ForAll(Cases.ToArbitrary(), t =>
            {
                var engine = Engines.With(t.Options);
                var assessment = t.Spec.Build();
                var expected = engine.Assess(assessment);

                Assert.Equal(expected, new HandWrittenResult(engine).Assess(assessment));
                traumaLevels.UnionWith(expected.Findings.Where(f => f.Code == "traumaticOnset").Select(f => f.MinimumDisposition));
                withheldSeen |= expected.Trace.Any(entry => entry.Detail.StartsWith("Withheld", StringComparison.Ordinal));
            }).Check(Checks.Cases(3000));

            // The trauma rule's two findings and the gate must both have been compared.
            Assert.Equal(new[] { Disposition.SeeProfessional, Disposition.UrgentCare }, traumaLevels.OrderBy(d => d));
            Assert.True(withheldSeen);
        }

        // It asks the engine for the trauma rule's two findings once; a probe with pain would get the
        // urgent one twice when severePainLevel is 1 (found by the property above, 1 run in 6).
        [Fact]
        public void ItTellsTheTraumaFindingsApartUnderTheLowestSevereLevel()
        {
            var engine = Engines.With(new TriageOptions { StopPainLevel = 1, SeverePainLevel = 1 });
            var handWritten = new HandWrittenResult(engine);
            var assessment = new PainAssessment(0, recentTrauma: true);

            var expected = engine.Assess(assessment);
            Assert.Equal(Disposition.SeeProfessional, expected.Disposition);
            Assert.Equal(expected, handWritten.Assess(assessment));
        }

        // The benchmarks' own inputs: the named cases and the start of the batch they time.
        [Fact]
        public void ItReturnsTheEnginesResultOnTheBenchmarkedAssessments()
        {
            var engine = Triage.Default;
            var handWritten = new HandWrittenResult(engine);
            var dispositions = new HashSet<Disposition>();
            foreach (var assessment in Workloads.Named.Values.Concat(Workloads.Generate(10_000, seed: 2026)))
            {
                var expected = engine.Assess(assessment);
                Assert.Equal(expected, handWritten.Assess(assessment));
                dispositions.Add(expected.Disposition);
            }

            Assert.Equal(Enum.GetValues<Disposition>(), dispositions.OrderBy(d => d));
        }

        [Fact]
        public void ItAllocatesExactlyTheBytesAssessDoes()
        {
            Prop.ForAll(Cases.ToArbitrary(), t =>
            {
                var engine = Engines.With(t.Options);
                var handWritten = new HandWrittenResult(engine);
                var assessment = t.Spec.Build();

                // Once each first, so this thread's reused context exists and its lists fit.
                engine.Assess(assessment);
                handWritten.Assess(assessment);

                var assessBytes = Allocations.BytesAllocatedBy(() => engine.Assess(assessment));
                var handWrittenBytes = Allocations.BytesAllocatedBy(() => handWritten.Assess(assessment));

                Assert.True(assessBytes > 0);
                Assert.Equal(assessBytes, handWrittenBytes);
            }).Check(Checks.Cases(500));
        }

        [Fact]
        public void ItRefusesAPipelineOtherThanTheDefault()
        {
            // Its indexes are the default pipeline's, so any other pipeline would be misread.
            var withoutOne = new TriageEngineBuilder().AddDefaultRules().RemoveRule("redFlag.chestPain").Build();
            var reordered = new TriageEngineBuilder();
            foreach (var rule in Engines.NewDefaultRules().Reverse())
            {
                reordered.AddRule(rule);
            }

            Assert.Contains("65", Assert.Throws<ArgumentException>(() => new HandWrittenResult(withoutOne)).Message, StringComparison.Ordinal);
            Assert.Contains("redFlag.chestPain", Assert.Throws<ArgumentException>(() => new HandWrittenResult(reordered.Build())).Message, StringComparison.Ordinal);
        }
    }
}

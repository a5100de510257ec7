using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Properties
{
    // TRIAGE.md 7.3 extended by 8.2: replacing any answer by notSure never lowers the disposition,
    // and replacing notSure by a definite answer never raises it.
    public sealed class NotSureInvariantTests
    {
        private const int Cases = 1500;

        private static readonly string[] Questions =
            { "quality", "trend", "onset", "timing", "persistsAfterStopping", "altersRunningForm", "selfCareTried", "recentTrauma" };

        private static readonly Gen<(AssessmentSpec Spec, string Question)> AnswerAndQuestion =
            from spec in Gen.OneOf(Generators.Assessment.Where(s => s.PainLevel > 0), Generators.WithoutRedFlags)
            from question in Gen.Elements(Questions)
            select (spec, question);

        [Property(MaxTest = Cases)]
        [Trait("Hazard", "H03")]
        public Property NotSureIsNeverLessCautiousThanAnyDefiniteAnswer()
        {
            return Prop.ForAll(AnswerAndQuestion.ToArbitrary(), pair =>
            {
                var (definite, notSure) = BothDispositions(pair);
                Assert.True(notSure >= definite, $"notSure for {pair.Question} gives {notSure}, below {definite}: {pair.Spec}");
            });
        }

        // The property above is trivially true where notSure changes nothing.
        [Fact]
        [Trait("Hazard", "H03")]
        public void NotSureRaisesTheDispositionOftenEnoughToTest()
        {
            var raised = Coverage.Count(AnswerAndQuestion, Cases, pair => BothDispositions(pair) is var (definite, notSure) && notSure > definite);
            Assert.True(raised > Cases / 20, $"notSure raised the disposition in only {raised} of {Cases} cases");
        }

        private static (Disposition Definite, Disposition NotSure) BothDispositions((AssessmentSpec Spec, string Question) pair) =>
            (Triage.Assess(pair.Spec.Build()).Disposition, Triage.Assess(NotSure(pair.Spec, pair.Question).Build()).Disposition);

        // The trace says which findings fired on a not-sure answer (TRIAGE.md 8.2).
        [Fact]
        [Trait("Hazard", "H03")]
        public void TheTraceSaysWhenAFindingFiredOnANotSureAnswer()
        {
            var onNotSure = Triage.Assess((AssessmentSpec.MildAche with { PainLevel = 8, Onset = PainOnset.NotSure }).Build());
            var definite = Triage.Assess((AssessmentSpec.MildAche with { PainLevel = 8, Onset = PainOnset.Sudden }).Build());
            Assert.Equal(Disposition.Emergency, onNotSure.Disposition);
            Assert.Equal(definite.Findings, onNotSure.Findings);
            var entry = Assert.Single(onNotSure.Trace, t => t.RuleId == "redFlag.suddenSevereUpperBackPain");
            Assert.Equal(RuleOutcome.Fired, entry.Outcome);
            Assert.StartsWith("Fired because a \"not sure\" answer", entry.Detail, StringComparison.Ordinal);
            Assert.StartsWith("Fired: ", Assert.Single(definite.Trace, t => t.RuleId == "redFlag.suddenSevereUpperBackPain").Detail, StringComparison.Ordinal);

            // severePain fires on the pain level alone, not on the not-sure onset.
            Assert.StartsWith("Fired: ", Assert.Single(onNotSure.Trace, t => t.RuleId == "redFlag.severePain").Detail, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("trend", "stopSignal.escalatingPain")]
        [InlineData("quality", "stopSignal.sharpOrNervePain")]
        [InlineData("timing", "redFlag.nonMechanicalPain")]
        [InlineData("persistsAfterStopping", "stopSignal.persistsAfterStopping")]
        [InlineData("altersRunningForm", "stopSignal.alteredRunningForm")]
        [InlineData("recentTrauma", "redFlag.traumaticOnset")]
        public void EachNotSureAnswerCountsAsTheRiskierOne(string question, string ruleId)
        {
            var result = Triage.Assess(NotSure(AssessmentSpec.MildAche, question).Build());
            Assert.Equal(RuleOutcome.Fired, Assert.Single(result.Trace, t => t.RuleId == ruleId).Outcome);
            Assert.Equal(RuleOutcome.NotApplicable, Assert.Single(Triage.Assess(AssessmentSpec.MildAche.Build()).Trace, t => t.RuleId == ruleId).Outcome);
        }

        // Self-care not sure counts as tried, which makes persistence fire sooner.
        [Fact]
        [Trait("Hazard", "H03")]
        public void NotSureAboutSelfCareCountsAsTried()
        {
            var spec = AssessmentSpec.MildAche with { DurationDays = 15 };
            Assert.Null(Triage.Assess(spec.Build()).FindingFor("persistentPain"));
            Assert.NotNull(Triage.Assess((spec with { SelfCareTried = YesNo.NotSure }).Build()).FindingFor("persistentPain"));
        }

        private static AssessmentSpec NotSure(AssessmentSpec spec, string question) => question switch
        {
            "quality" => spec with { Quality = PainQuality.NotSure },
            "trend" => spec with { Trend = PainTrend.NotSure },
            "onset" => spec with { Onset = PainOnset.NotSure },
            "timing" => spec with { Timing = PainTiming.NotSure },
            "persistsAfterStopping" => spec with { PersistsAfterStopping = YesNo.NotSure },
            "altersRunningForm" => spec with { AltersRunningForm = YesNo.NotSure },
            "selfCareTried" => spec with { SelfCareTried = YesNo.NotSure },
            _ => spec with { RecentTrauma = YesNo.NotSure },
        };
    }
}

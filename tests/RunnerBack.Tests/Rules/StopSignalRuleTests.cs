using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Rules
{
    public sealed class StopSignalRuleTests
    {
        private static readonly AssessmentSpec Mild = AssessmentSpec.MildAche;

        [Theory]
        [InlineData(3, false)]
        [InlineData(4, true)]
        [InlineData(5, true)]
        public void PainAtOrAboveStopLevel(int pain, bool fires) =>
            AssertStop(Mild with { PainLevel = pain }, "painAtOrAboveStopLevel", fires);

        [Theory]
        [InlineData(5, false)]
        [InlineData(6, true)]
        public void PainAtOrAboveStopLevel_FollowsTheOption(int pain, bool fires)
        {
            var result = (Mild with { PainLevel = pain }).Assess(new TriageOptions { StopPainLevel = 6 });
            Assert.Equal(fires, result.FindingFor("painAtOrAboveStopLevel") is not null);
        }

        [Theory]
        [InlineData(PainTrend.Worsening, true)]
        [InlineData(PainTrend.Stable, false)]
        [InlineData(PainTrend.Improving, false)]
        public void EscalatingPain(PainTrend trend, bool fires) => AssertStop(Mild with { Trend = trend }, "escalatingPain", fires);

        [Theory]
        [InlineData(PainQuality.Sharp, true)]
        [InlineData(PainQuality.Stabbing, true)]
        [InlineData(PainQuality.Electrical, true)]
        [InlineData(PainQuality.Catching, true)]
        [InlineData(PainQuality.DullAche, false)]
        [InlineData(PainQuality.Tightness, false)]
        public void SharpOrNervePain(PainQuality quality, bool fires) => AssertStop(Mild with { Quality = quality }, "sharpOrNervePain", fires);

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void PersistsAfterStopping(bool persists) =>
            AssertStop(Mild with { PersistsAfterStopping = YesNoAnswers.From(persists) }, "persistsAfterStopping", persists);

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void AlteredRunningForm(bool alters) => AssertStop(Mild with { AltersRunningForm = YesNoAnswers.From(alters) }, "alteredRunningForm", alters);

        [Theory]
        [InlineData(PainLocation.SacroiliacJoint, 1, true)]
        [InlineData(PainLocation.SacroiliacJoint, 0, false)]
        [InlineData(PainLocation.LowerBack, 2, false)]
        public void SacroiliacPain(PainLocation location, int pain, bool fires) =>
            AssertStop(Mild with { Location = location, PainLevel = pain }, "sacroiliacPain", fires);

        private static void AssertStop(AssessmentSpec spec, string code, bool fires)
        {
            var result = spec.Assess();
            var finding = result.FindingFor(code);
            Assert.Equal(fires, finding is not null);
            if (fires)
            {
                Assert.Equal(FindingKind.StopSignal, finding!.Kind);
                Assert.Equal(Disposition.StopAndRest, finding.MinimumDisposition);
                Assert.True(result.Disposition >= Disposition.StopAndRest);
                Assert.DoesNotContain(result.RedFlags, r => r.Code == code);
            }

            var expected = fires ? RuleOutcome.Fired : RuleOutcome.NotApplicable;
            Assert.Equal(expected, Assert.Single(result.Trace, t => t.RuleId == "stopSignal." + code).Outcome);
        }
    }
}

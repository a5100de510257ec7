using System.Linq;
using RunnerBack.Tests.Support;
using Xunit;

namespace RunnerBack.Tests.Rules
{
    public sealed class ContributorRuleTests
    {
        [Theory]
        [InlineData(null, false)]
        [InlineData(5.5, false)]
        [InlineData(6.0, true)]
        [InlineData(9.0, true)]
        public void ProlongedSitting(double? hours, bool fires) =>
            AssertContributor(new RunnerSpec(SittingHoursPerDay: hours), "prolongedSitting", fires);

        [Fact]
        public void ProlongedSitting_FollowsTheOption()
        {
            var spec = AssessmentSpec.NoPain.WithRunner(new RunnerSpec(SittingHoursPerDay: 4));
            Assert.Contains("prolongedSitting", spec.Assess(new TriageOptions { ProlongedSittingHours = 4 }).ContributorCodes());
            Assert.DoesNotContain("prolongedSitting", spec.Assess(new TriageOptions { ProlongedSittingHours = 4.5 }).ContributorCodes());
        }

        [Theory]
        [InlineData(FormFault.Slouching, "slouchedPosture")]
        [InlineData(FormFault.LookingDown, "slouchedPosture")]
        [InlineData(FormFault.ArmsCrossMidline, "armSwingFaults")]
        [InlineData(FormFault.ExcessiveArmSwing, "armSwingFaults")]
        [InlineData(FormFault.LimitedArmSwing, "armSwingFaults")]
        [InlineData(FormFault.ShouldersRaised, "shoulderTension")]
        [InlineData(FormFault.ClenchedFists, "shoulderTension")]
        [InlineData(FormFault.ArmsHeldStiff, "shoulderTension")]
        [InlineData(FormFault.ShallowBreathing, "shallowBreathing")]
        public void EachFormFaultFiresExactlyItsContributor(FormFault fault, string code)
        {
            var codes = AssessmentSpec.NoPain.WithForm(fault).Assess().ContributorCodes();
            Assert.Equal(new[] { code }, codes);
        }

        [Theory]
        [InlineData(CarriedLoad.Handheld, null, true)]
        [InlineData(CarriedLoad.Handheld, true, true)]
        [InlineData(CarriedLoad.WaistBelt, null, true)]
        [InlineData(CarriedLoad.HydrationVest, false, true)]
        [InlineData(CarriedLoad.Backpack, true, false)]
        [InlineData(CarriedLoad.HydrationVest, true, false)]
        [InlineData(CarriedLoad.None, false, false)]
        [InlineData(null, false, false)]
        public void CarriedLoad_HandheldOrAPackNotKnownToFit(CarriedLoad? load, bool? fitsWell, bool fires) =>
            AssertContributor(new RunnerSpec(CarriedLoad: load, LoadFitsWell: fitsWell), "carriedLoad", fires);

        [Theory]
        [InlineData(799.0, null, false)]
        [InlineData(800.0, null, true)]
        [InlineData(1200.0, true, true)]
        [InlineData(100.0, false, true)]
        [InlineData(100.0, true, false)]
        [InlineData(null, null, false)]
        public void Footwear_WornOrIllFitting(double? km, bool? fitsWell, bool fires) =>
            AssertContributor(new RunnerSpec(ShoeDistanceKm: km, ShoesFitWell: fitsWell), "footwear", fires);

        [Theory]
        [InlineData(0, true)]
        [InlineData(1, false)]
        [InlineData(null, false)]
        public void WeakUpperBack_NoStrengthSessions(int? sessions, bool fires) =>
            AssertContributor(new RunnerSpec(StrengthTrainingPerWeek: sessions), "weakUpperBack", fires);

        [Theory]
        [InlineData(false, true)]
        [InlineData(true, false)]
        [InlineData(null, false)]
        public void NoWarmUp(bool? warmsUp, bool fires) => AssertContributor(new RunnerSpec(WarmsUp: warmsUp), "noWarmUp", fires);

        [Theory]
        [InlineData(RunnerExperience.New, 2, true)]
        [InlineData(RunnerExperience.Returning, 2, true)]
        [InlineData(RunnerExperience.Regular, 0, true)]
        [InlineData(RunnerExperience.Regular, 1, false)]
        [InlineData(null, null, false)]
        public void TrainingLoad_NewReturningOrNoRestDays(RunnerExperience? experience, int? restDays, bool fires) =>
            AssertContributor(new RunnerSpec(Experience: experience, RestDaysPerWeek: restDays), "trainingLoad", fires);

        [Theory]
        [InlineData(StressLevel.High, true)]
        [InlineData(StressLevel.Moderate, false)]
        [InlineData(null, false)]
        public void Stress(StressLevel? level, bool fires) => AssertContributor(new RunnerSpec(StressLevel: level), "stress", fires);

        [Theory]
        [InlineData(Hydration.Low, true)]
        [InlineData(Hydration.Adequate, false)]
        [InlineData(null, false)]
        public void Dehydration(Hydration? hydration, bool fires) => AssertContributor(new RunnerSpec(Hydration: hydration), "dehydration", fires);

        [Fact]
        public void AnEmptyProfileFiresNoContributor()
        {
            Assert.Empty(AssessmentSpec.NoPain.WithRunner(new RunnerSpec()).Assess().Contributors);
            Assert.Empty(AssessmentSpec.NoPain.Assess().Contributors);
        }

        [Fact]
        public void ContributorsComeInCodeOrder()
        {
            var runner = new RunnerSpec(StressLevel: StressLevel.High, Hydration: Hydration.Low, WarmsUp: false, SittingHoursPerDay: 10);
            var codes = AssessmentSpec.NoPain.WithRunner(runner).Assess().ContributorCodes();
            Assert.Equal(new[] { "dehydration", "noWarmUp", "prolongedSitting", "stress" }, codes);
        }

        private static void AssertContributor(RunnerSpec runner, string code, bool fires)
        {
            var result = AssessmentSpec.NoPain.WithRunner(runner).Assess();
            Assert.Equal(fires, result.ContributorCodes().Contains(code));
            var expected = fires ? RuleOutcome.Fired : RuleOutcome.NotApplicable;
            Assert.Equal(expected, Assert.Single(result.Trace, t => t.RuleId == "contributor." + code).Outcome);
        }
    }
}

using System;
using Xunit;

namespace RunnerBack.Tests.Rules
{
    // RecommendationGate is public so that apps can show why advice was withheld; these examples pin
    // its table (TRIAGE.md section 5) directly, next to the property that checks it through Assess.
    public sealed class RecommendationGateTests
    {
        private static Recommendation Of(RecommendationCategory category, string code = "appAdvice") =>
            new Recommendation(code, category, "Advice", "Advice from the app.", new Dose(frequency: "daily"));

        [Theory]
        [InlineData(Disposition.Emergency, RecommendationCategory.Care, true)]
        [InlineData(Disposition.Emergency, RecommendationCategory.Activity, true)]
        [InlineData(Disposition.Emergency, RecommendationCategory.Gear, false)]
        [InlineData(Disposition.UrgentCare, RecommendationCategory.Lifestyle, false)]
        [InlineData(Disposition.UrgentCare, RecommendationCategory.Medication, false)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Gear, true)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Lifestyle, true)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Form, false)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Mobility, false)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Strength, false)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Medication, false)]
        [InlineData(Disposition.SeeProfessional, RecommendationCategory.Recovery, false)]
        [InlineData(Disposition.StopAndRest, RecommendationCategory.Form, true)]
        [InlineData(Disposition.StopAndRest, RecommendationCategory.Medication, true)]
        [InlineData(Disposition.KeepRunning, RecommendationCategory.Strength, true)]
        public void TheGateFollowsTheTable(Disposition disposition, RecommendationCategory category, bool allowed) =>
            Assert.Equal(allowed, RecommendationGate.Allows(disposition, Of(category)));

        [Theory]
        [InlineData("iceTherapy", true)]
        [InlineData("heatTherapy", true)]
        [InlineData("massageGun", false)]
        public void AtSeeProfessionalRecoveryIsLimitedToIceAndHeat(string code, bool allowed) =>
            Assert.Equal(allowed, RecommendationGate.Allows(Disposition.SeeProfessional, Of(RecommendationCategory.Recovery, code)));

        [Fact]
        public void NullIsRejectedByName() =>
            Assert.Equal("recommendation", Assert.Throws<ArgumentNullException>(() => RecommendationGate.Allows(Disposition.KeepRunning, null!)).ParamName);
    }
}

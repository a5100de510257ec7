namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class SideLyingThoracicRotationRule : RecommendationRule
    {
        public SideLyingThoracicRotationRule()
            : base(RecommendationCodes.SideLyingThoracicRotation, RecommendationCategory.Mobility, Sources.WhyPainWhenIRun, new Dose(holdSecondsMin: 20, repetitions: 5, perSide: true))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

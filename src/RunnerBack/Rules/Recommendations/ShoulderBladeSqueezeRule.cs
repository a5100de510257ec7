namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class ShoulderBladeSqueezeRule : RecommendationRule
    {
        public ShoulderBladeSqueezeRule()
            : base(RecommendationCodes.ShoulderBladeSqueeze, RecommendationCategory.Mobility, Sources.WhyPainWhenIRun, new Dose(holdSecondsMin: 15, holdSecondsMax: 30, repetitions: 3, perSide: false))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class FoamRollerExtensionRule : RecommendationRule
    {
        public FoamRollerExtensionRule()
            : base(RecommendationCodes.FoamRollerExtension, RecommendationCategory.Mobility, Sources.WhyPainWhenIRun, new Dose(repetitions: 10, pauseSecondsMin: 1, pauseSecondsMax: 2))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class FoamRollerExtensionRule : RecommendationRule
    {
        public FoamRollerExtensionRule()
            : base(
                "recommendation.foamRollerExtension",
                "Given when prolonged sitting or slouched posture contributes.",
                Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.FoamRollerExtension,
                    RecommendationCategory.Mobility,
                    "Foam roller extension",
                    "Lie with a foam roller under your upper back, hands supporting your head, and slowly arch back over it, then return. Never force it; it should not hurt.",
                    new Dose(frequency: "daily", repetitions: 10, pauseSecondsMin: 1, pauseSecondsMax: 2)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

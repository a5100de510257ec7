namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class SeatedThoracicRotationRule : RecommendationRule
    {
        public SeatedThoracicRotationRule()
            : base(
                "recommendation.seatedThoracicRotation",
                "Given when prolonged sitting or slouched posture contributes.",
                Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.SeatedThoracicRotation,
                    RecommendationCategory.Mobility,
                    "Seated upper-back rotation",
                    "Sit with your hips facing forward and slowly turn your upper body to one side, using the chair to ease a little further; then turn to the other side.",
                    new Dose(frequency: "daily", holdSecondsMin: 5, repetitions: 5, perSide: true)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

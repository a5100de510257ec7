namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class ShoulderBladeSqueezeRule : RecommendationRule
    {
        public ShoulderBladeSqueezeRule()
            : base(
                "recommendation.shoulderBladeSqueeze",
                "Given when prolonged sitting or slouched posture contributes.",
                Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.ShoulderBladeSqueeze,
                    RecommendationCategory.Mobility,
                    "Shoulder blade squeeze",
                    "Standing, join your hands behind your back and draw your shoulder blades together so your chest opens, then let go.",
                    new Dose(frequency: "daily", holdSecondsMin: 15, holdSecondsMax: 30, repetitions: 3, perSide: false)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

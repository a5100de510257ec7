namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting or slouched posture contributes.</summary>
    internal sealed class SideLyingThoracicRotationRule : RecommendationRule
    {
        public SideLyingThoracicRotationRule()
            : base(
                "recommendation.sideLyingThoracicRotation",
                "Given when prolonged sitting or slouched posture contributes.",
                Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.SideLyingThoracicRotation,
                    RecommendationCategory.Mobility,
                    "Side-lying upper-back rotation",
                    "Lie on your side with knees bent and both arms out in front. Keeping your knees down, open your top arm across to the floor behind you; then switch sides.",
                    new Dose(frequency: "daily", holdSecondsMin: 20, repetitions: 5, perSide: true)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting) || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

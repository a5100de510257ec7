namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when stress contributes.</summary>
    internal sealed class StressManagementRule : RecommendationRule
    {
        public StressManagementRule()
            : base(
                "recommendation.stressManagement",
                "Given when stress contributes.",
                Sources.Seed000,
                new Recommendation(
                    RecommendationCodes.StressManagement,
                    RecommendationCategory.Lifestyle,
                    "Ease stress",
                    "Set aside time for something that calms you, such as mindfulness, yoga or an easy walk, to help your shoulders let go of tension.",
                    new Dose(frequency: "daily")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Stress);
        }
    }
}

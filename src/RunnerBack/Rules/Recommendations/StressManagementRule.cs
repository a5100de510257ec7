namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when stress contributes.</summary>
    internal sealed class StressManagementRule : RecommendationRule
    {
        public StressManagementRule()
            : base(RecommendationCodes.StressManagement, RecommendationCategory.Lifestyle, Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Stress);
        }
    }
}

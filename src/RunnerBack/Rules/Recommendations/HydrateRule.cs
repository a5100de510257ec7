namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when dehydration contributes.</summary>
    internal sealed class HydrateRule : RecommendationRule
    {
        public HydrateRule()
            : base(RecommendationCodes.Hydrate, RecommendationCategory.Lifestyle, Sources.UnseenConnections + "; " + Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Dehydration);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when dehydration contributes.</summary>
    internal sealed class HydrateRule : RecommendationRule
    {
        public HydrateRule()
            : base(RecommendationCodes.Hydrate, RecommendationCategory.Lifestyle, Sources.Seed000 + "; " + Sources.Seed001)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Dehydration);
        }
    }
}

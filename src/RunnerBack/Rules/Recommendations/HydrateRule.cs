namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when dehydration contributes.</summary>
    internal sealed class HydrateRule : RecommendationRule
    {
        public HydrateRule()
            : base(
                "recommendation.hydrate",
                "Given when dehydration contributes.",
                Sources.Seed000 + "; " + Sources.Seed001,
                new Recommendation(
                    RecommendationCodes.Hydrate,
                    RecommendationCategory.Lifestyle,
                    "Drink enough",
                    "Drink water before, during and after your runs, and eat a balanced diet to help your muscles recover.",
                    new Dose(frequency: "before, during and after runs")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Dehydration);
        }
    }
}

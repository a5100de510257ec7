namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when footwear contributes.</summary>
    internal sealed class CheckShoesRule : RecommendationRule
    {
        public CheckShoesRule()
            : base(
                "recommendation.checkShoes",
                "Given when footwear contributes.",
                Sources.Seed000 + "; " + Sources.Seed001,
                new Recommendation(
                    RecommendationCodes.CheckShoes,
                    RecommendationCategory.Gear,
                    "Check your shoes",
                    "Replace worn-out shoes and make sure new ones fit and support you; a gait analysis at a running shop can help you choose.",
                    new Dose(frequency: "replace worn shoes; consider a gait analysis")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Footwear);
        }
    }
}

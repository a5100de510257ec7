namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when footwear contributes.</summary>
    internal sealed class CheckShoesRule : RecommendationRule
    {
        public CheckShoesRule()
            : base(RecommendationCodes.CheckShoes, RecommendationCategory.Gear, Sources.UnseenConnections + "; " + Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.Footwear);
        }
    }
}

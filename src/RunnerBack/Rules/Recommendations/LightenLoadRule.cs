namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when a carried load contributes.</summary>
    internal sealed class LightenLoadRule : RecommendationRule
    {
        public LightenLoadRule()
            : base(RecommendationCodes.LightenLoad, RecommendationCategory.Gear, Sources.UnseenConnections + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.CarriedLoad);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when the runner does not warm up.</summary>
    internal sealed class DynamicWarmUpRule : RecommendationRule
    {
        public DynamicWarmUpRule()
            : base(RecommendationCodes.DynamicWarmUp, RecommendationCategory.Mobility, Sources.UnseenConnections + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.NoWarmUp);
        }
    }
}

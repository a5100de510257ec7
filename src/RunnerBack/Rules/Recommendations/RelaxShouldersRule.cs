namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when shoulder tension contributes.</summary>
    internal sealed class RelaxShouldersRule : RecommendationRule
    {
        public RelaxShouldersRule()
            : base(RecommendationCodes.RelaxShoulders, RecommendationCategory.Form, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.ShoulderTension);
        }
    }
}

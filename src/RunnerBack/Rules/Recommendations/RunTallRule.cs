namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when slouched posture contributes.</summary>
    internal sealed class RunTallRule : RecommendationRule
    {
        public RunTallRule()
            : base(RecommendationCodes.RunTall, RecommendationCategory.Form, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when training load contributes.</summary>
    internal sealed class BuildUpGraduallyRule : RecommendationRule
    {
        public BuildUpGraduallyRule()
            : base(RecommendationCodes.BuildUpGradually, RecommendationCategory.Lifestyle, Sources.UnseenConnections + "; " + Sources.WhyPainWhenIRun)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.TrainingLoad);
        }
    }
}

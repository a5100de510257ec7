namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when training load contributes.</summary>
    internal sealed class BuildUpGraduallyRule : RecommendationRule
    {
        public BuildUpGraduallyRule()
            : base(
                "recommendation.buildUpGradually",
                "Given when training load contributes.",
                Sources.Seed000 + "; " + Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.BuildUpGradually,
                    RecommendationCategory.Lifestyle,
                    "Build up gradually",
                    "Keep rest days in every week and increase your distance a little at a time so your muscles can keep up.",
                    new Dose(frequency: "rest days every week; increase distance gradually")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.TrainingLoad);
        }
    }
}

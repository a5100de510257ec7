namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when the runner does not warm up.</summary>
    internal sealed class DynamicWarmUpRule : RecommendationRule
    {
        public DynamicWarmUpRule()
            : base(
                "recommendation.dynamicWarmUp",
                "Given to run with modifications, or when the runner does not warm up.",
                Sources.Seed000 + "; " + Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.DynamicWarmUp,
                    RecommendationCategory.Mobility,
                    "Warm up with movement",
                    "Before you set off, loosen your upper back with arm circles, gentle torso twists and a few minutes of brisk walking or easy jogging.",
                    new Dose(frequency: "before every run")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.NoWarmUp);
        }
    }
}

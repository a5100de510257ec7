namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when slouched posture contributes.</summary>
    internal sealed class RunTallRule : RecommendationRule
    {
        public RunTallRule()
            : base(
                "recommendation.runTall",
                "Given to run with modifications, or when slouched posture contributes.",
                Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.RunTall,
                    RecommendationCategory.Form,
                    "Run tall",
                    "Lift your chest a little and look ahead rather than down, as if a string pulled the top of your head up. Stay relaxed, not rigid.",
                    new Dose(frequency: "every run")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.SlouchedPosture);
        }
    }
}

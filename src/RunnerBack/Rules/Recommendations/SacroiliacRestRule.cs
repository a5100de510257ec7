namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when the sacroiliacPain stop signal fired.</summary>
    internal sealed class SacroiliacRestRule : RecommendationRule
    {
        public SacroiliacRestRule()
            : base(
                "recommendation.sacroiliacRest",
                "Given when the sacroiliacPain stop signal fired.",
                Sources.Seed003,
                new Recommendation(
                    RecommendationCodes.SacroiliacRest,
                    RecommendationCategory.Activity,
                    "Two weeks off running",
                    "Give the sacroiliac joint two weeks without running; keep up the gentle exercises meanwhile.",
                    new Dose(frequency: "no running", durationDays: 14)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasFinding(StopSignalCodes.SacroiliacPain);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the stop-and-rest disposition.</summary>
    internal sealed class ReturnGraduallyRule : RecommendationRule
    {
        public ReturnGraduallyRule()
            : base(
                "recommendation.returnGradually",
                "Given at the stop-and-rest disposition.",
                Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.ReturnGradually,
                    RecommendationCategory.Activity,
                    "Come back gradually",
                    "Start running again only when the pain is 3 out of 10 or less and not getting worse, with shorter, easier runs and the form changes.",
                    new Dose(frequency: "resume when pain is 3/10 or less and not worsening")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

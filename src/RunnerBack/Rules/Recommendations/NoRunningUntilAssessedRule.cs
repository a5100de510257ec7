namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the see-a-professional disposition.</summary>
    internal sealed class NoRunningUntilAssessedRule : RecommendationRule
    {
        public NoRunningUntilAssessedRule()
            : base(
                "recommendation.noRunningUntilAssessed",
                "Given at the see-a-professional disposition.",
                Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.NoRunningUntilAssessed,
                    RecommendationCategory.Activity,
                    "Pause running until assessed",
                    "Hold off running until a professional has looked at your back and said it is safe to start again.",
                    new Dose(frequency: "until you have been assessed")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.SeeProfessional;
        }
    }
}

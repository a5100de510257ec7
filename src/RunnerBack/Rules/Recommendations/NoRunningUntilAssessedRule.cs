namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the see-a-professional disposition.</summary>
    internal sealed class NoRunningUntilAssessedRule : RecommendationRule
    {
        public NoRunningUntilAssessedRule()
            : base(RecommendationCodes.NoRunningUntilAssessed, RecommendationCategory.Activity, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.SeeProfessional;
        }
    }
}

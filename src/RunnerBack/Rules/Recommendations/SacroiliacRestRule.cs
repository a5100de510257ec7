namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when the sacroiliacPain stop signal fired.</summary>
    internal sealed class SacroiliacRestRule : RecommendationRule
    {
        public SacroiliacRestRule()
            : base(RecommendationCodes.SacroiliacRest, RecommendationCategory.Activity, Sources.CanRunningCausePain, new Dose(durationDays: 14))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasFinding(StopSignalCodes.SacroiliacPain);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the stop-and-rest disposition.</summary>
    internal sealed class ExtraRestDayRule : RecommendationRule
    {
        public ExtraRestDayRule()
            : base(RecommendationCodes.ExtraRestDay, RecommendationCategory.Activity, Sources.CanRunningCausePain, new Dose(durationDays: 1))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

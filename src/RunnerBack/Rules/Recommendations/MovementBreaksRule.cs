namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting contributes.</summary>
    internal sealed class MovementBreaksRule : RecommendationRule
    {
        public MovementBreaksRule()
            : base(RecommendationCodes.MovementBreaks, RecommendationCategory.Mobility, Sources.WhyPainWhenIRun, new Dose(intervalMinutesMin: 30, intervalMinutesMax: 60, durationSecondsMin: 30))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting);
        }
    }
}

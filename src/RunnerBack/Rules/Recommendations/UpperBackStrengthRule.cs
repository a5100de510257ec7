namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when a weak upper back contributes.</summary>
    internal sealed class UpperBackStrengthRule : RecommendationRule
    {
        public UpperBackStrengthRule()
            : base(RecommendationCodes.UpperBackStrength, RecommendationCategory.Strength, Sources.PainAfterRunning + "; " + Sources.WhyPainWhenIRun + "; " + Sources.CanRunningCausePain, new Dose(sessionsPerWeek: 2))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.WeakUpperBack);
        }
    }
}

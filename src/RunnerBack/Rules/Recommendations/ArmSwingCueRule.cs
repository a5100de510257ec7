namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when arm swing faults contribute.</summary>
    internal sealed class ArmSwingCueRule : RecommendationRule
    {
        public ArmSwingCueRule()
            : base(RecommendationCodes.ArmSwingCue, RecommendationCategory.Form, Sources.WhyPainWhenIRun + "; " + Sources.CanRunningCausePain + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ArmSwingFaults);
        }
    }
}

namespace RunnerBack.Rules.Contributors
{
    /// <summary>No upper-body or back strength training in a week.</summary>
    internal sealed class WeakUpperBackRule : ContributorRule
    {
        public WeakUpperBackRule()
            : base(ContributorCodes.WeakUpperBack, Sources.PainAfterRunning + "; " + Sources.WhyPainWhenIRun)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.StrengthTrainingPerWeek == 0;
        }
    }
}

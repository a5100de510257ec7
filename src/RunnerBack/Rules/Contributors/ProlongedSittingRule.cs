namespace RunnerBack.Rules.Contributors
{
    /// <summary>Sitting at least prolongedSittingHours a day.</summary>
    internal sealed class ProlongedSittingRule : ContributorRule
    {
        public ProlongedSittingRule()
            : base(ContributorCodes.ProlongedSitting, Sources.WhyPainWhenIRun)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.SittingHoursPerDay >= context.Options.ProlongedSittingHours;
        }
    }
}

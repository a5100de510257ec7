namespace RunnerBack.Rules.Contributors
{
    /// <summary>Sitting at least prolongedSittingHours a day.</summary>
    internal sealed class ProlongedSittingRule : ContributorRule
    {
        public ProlongedSittingRule()
            : base(
                "contributor.prolongedSitting",
                "Sitting at least prolongedSittingHours a day.",
                Sources.Seed002,
                new Contributor(ContributorCodes.ProlongedSitting, "Long hours of sitting stiffen the upper back and round the shoulders, and that posture follows you onto the run."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.SittingHoursPerDay >= context.Options.ProlongedSittingHours;
        }
    }
}

namespace RunnerBack.Rules.Contributors
{
    /// <summary>High stress.</summary>
    internal sealed class StressRule : ContributorRule
    {
        public StressRule()
            : base(
                "contributor.stress",
                "High stress.",
                Sources.Seed000,
                new Contributor(ContributorCodes.Stress, "Stress often settles in the shoulders and upper back as muscle tension."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.StressLevel == StressLevel.High;
        }
    }
}

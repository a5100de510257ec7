namespace RunnerBack.Rules.Contributors
{
    /// <summary>Running without a warm-up.</summary>
    internal sealed class NoWarmUpRule : ContributorRule
    {
        public NoWarmUpRule()
            : base(
                "contributor.noWarmUp",
                "Running without a warm-up.",
                Sources.Seed000 + "; " + Sources.Seed004,
                new Contributor(ContributorCodes.NoWarmUp, "Starting cold gives stiff upper back muscles no time to get ready for the run."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.WarmsUp == false;
        }
    }
}

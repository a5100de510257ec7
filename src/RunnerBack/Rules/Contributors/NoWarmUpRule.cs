namespace RunnerBack.Rules.Contributors
{
    /// <summary>Running without a warm-up.</summary>
    internal sealed class NoWarmUpRule : ContributorRule
    {
        public NoWarmUpRule()
            : base(ContributorCodes.NoWarmUp, Sources.Seed000 + "; " + Sources.Seed004)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.WarmsUp == false;
        }
    }
}

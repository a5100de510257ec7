namespace RunnerBack.Rules.Contributors
{
    /// <summary>Running without a warm-up.</summary>
    internal sealed class NoWarmUpRule : ContributorRule
    {
        public NoWarmUpRule()
            : base(ContributorCodes.NoWarmUp, Sources.UnseenConnections + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.WarmsUp == false;
        }
    }
}

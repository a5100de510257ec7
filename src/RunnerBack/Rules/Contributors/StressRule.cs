namespace RunnerBack.Rules.Contributors
{
    /// <summary>High stress.</summary>
    internal sealed class StressRule : ContributorRule
    {
        public StressRule()
            : base(ContributorCodes.Stress, Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.StressLevel == StressLevel.High;
        }
    }
}

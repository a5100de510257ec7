namespace RunnerBack.Rules.Contributors
{
    /// <summary>Drinking too little.</summary>
    internal sealed class DehydrationRule : ContributorRule
    {
        public DehydrationRule()
            : base(ContributorCodes.Dehydration, Sources.UnseenConnections + "; " + Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.Hydration == Hydration.Low;
        }
    }
}

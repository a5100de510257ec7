namespace RunnerBack.Rules.Contributors
{
    /// <summary>Shoes with at least shoeReplacementKm on them, or shoes that do not fit well.</summary>
    internal sealed class FootwearRule : ContributorRule
    {
        public FootwearRule()
            : base(ContributorCodes.Footwear, Sources.UnseenConnections + "; " + Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var runner = context.Runner;
            return runner.ShoeDistanceKm >= context.Options.ShoeReplacementKm || runner.ShoesFitWell == false;
        }
    }
}

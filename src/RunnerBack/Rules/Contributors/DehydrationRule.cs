namespace RunnerBack.Rules.Contributors
{
    /// <summary>Drinking too little.</summary>
    internal sealed class DehydrationRule : ContributorRule
    {
        public DehydrationRule()
            : base(
                "contributor.dehydration",
                "Drinking too little.",
                Sources.Seed000 + "; " + Sources.Seed001,
                new Contributor(ContributorCodes.Dehydration, "Too little fluid makes muscles more prone to cramp and ache."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.Hydration == Hydration.Low;
        }
    }
}

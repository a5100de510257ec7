namespace RunnerBack.Rules.Contributors
{
    /// <summary>Shoes with at least shoeReplacementKm on them, or shoes that do not fit well.</summary>
    internal sealed class FootwearRule : ContributorRule
    {
        public FootwearRule()
            : base(
                "contributor.footwear",
                "Shoes with at least shoeReplacementKm on them, or shoes that do not fit well.",
                Sources.Seed000 + "; " + Sources.Seed001,
                new Contributor(ContributorCodes.Footwear, "Worn-out or ill-fitting shoes change how you land, and the upper back ends up absorbing some of it."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var runner = context.Runner;
            return runner.ShoeDistanceKm >= context.Options.ShoeReplacementKm || runner.ShoesFitWell == false;
        }
    }
}

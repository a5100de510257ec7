namespace RunnerBack.Rules.Contributors
{
    /// <summary>No upper-body or back strength training in a week.</summary>
    internal sealed class WeakUpperBackRule : ContributorRule
    {
        public WeakUpperBackRule()
            : base(
                "contributor.weakUpperBack",
                "No upper-body or back strength training in a week.",
                Sources.Seed001 + "; " + Sources.Seed002,
                new Contributor(ContributorCodes.WeakUpperBack, "Without strength work, the muscles between the shoulder blades tire early and let your posture slump."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Runner.StrengthTrainingPerWeek == 0;
        }
    }
}

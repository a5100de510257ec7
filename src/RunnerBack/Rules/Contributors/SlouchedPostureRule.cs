namespace RunnerBack.Rules.Contributors
{
    /// <summary>Slouching or looking down while running.</summary>
    internal sealed class SlouchedPostureRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> SlouchFaults = EnumSet<FormFault>.Of(FormFault.Slouching, FormFault.LookingDown);

        public SlouchedPostureRule()
            : base(
                "contributor.slouchedPosture",
                "Slouching or looking down while running.",
                Sources.Seed000 + "; " + Sources.Seed001 + "; " + Sources.Seed002 + "; " + Sources.Seed004,
                new Contributor(ContributorCodes.SlouchedPosture, "A rounded upper back or a dropped head makes the upper back muscles work harder to hold you up on every stride."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(SlouchFaults);
        }
    }
}

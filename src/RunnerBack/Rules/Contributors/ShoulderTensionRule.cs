namespace RunnerBack.Rules.Contributors
{
    /// <summary>Raised shoulders, clenched fists or stiff arms while running.</summary>
    internal sealed class ShoulderTensionRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> TensionFaults =
            EnumSet<FormFault>.Of(FormFault.ShouldersRaised, FormFault.ClenchedFists, FormFault.ArmsHeldStiff);

        public ShoulderTensionRule()
            : base(
                "contributor.shoulderTension",
                "Raised shoulders, clenched fists or stiff arms while running.",
                Sources.Seed002 + "; " + Sources.Seed004,
                new Contributor(ContributorCodes.ShoulderTension, "Shrugged shoulders, tight fists and stiff arms keep the muscles between neck and shoulders working the whole run."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(TensionFaults);
        }
    }
}

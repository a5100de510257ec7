namespace RunnerBack.Rules.Contributors
{
    /// <summary>Raised shoulders, clenched fists or stiff arms while running.</summary>
    internal sealed class ShoulderTensionRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> TensionFaults =
            EnumSet<FormFault>.Of(FormFault.ShouldersRaised, FormFault.ClenchedFists, FormFault.ArmsHeldStiff);

        public ShoulderTensionRule()
            : base(ContributorCodes.ShoulderTension, Sources.WhyPainWhenIRun + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(TensionFaults);
        }
    }
}

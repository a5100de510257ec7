namespace RunnerBack.Rules.Contributors
{
    /// <summary>Arms crossing the midline, or too much or too little arm swing.</summary>
    internal sealed class ArmSwingFaultsRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> ArmSwingFaults =
            EnumSet<FormFault>.Of(FormFault.ArmsCrossMidline, FormFault.ExcessiveArmSwing, FormFault.LimitedArmSwing);

        public ArmSwingFaultsRule()
            : base(ContributorCodes.ArmSwingFaults, Sources.WhyPainWhenIRun + "; " + Sources.CanRunningCausePain + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(ArmSwingFaults);
        }
    }
}

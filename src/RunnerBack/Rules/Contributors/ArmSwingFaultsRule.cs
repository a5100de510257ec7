namespace RunnerBack.Rules.Contributors
{
    /// <summary>Arms crossing the midline, or too much or too little arm swing.</summary>
    internal sealed class ArmSwingFaultsRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> ArmSwingFaults =
            EnumSet<FormFault>.Of(FormFault.ArmsCrossMidline, FormFault.ExcessiveArmSwing, FormFault.LimitedArmSwing);

        public ArmSwingFaultsRule()
            : base(
                "contributor.armSwingFaults",
                "Arms crossing the midline, or too much or too little arm swing.",
                Sources.Seed002 + "; " + Sources.Seed003 + "; " + Sources.Seed004,
                new Contributor(ContributorCodes.ArmSwingFaults, "Arms that cross the body, or swing too much or too little, twist the upper back on every stride."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(ArmSwingFaults);
        }
    }
}

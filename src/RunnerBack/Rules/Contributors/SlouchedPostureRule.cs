namespace RunnerBack.Rules.Contributors
{
    /// <summary>Slouching or looking down while running.</summary>
    internal sealed class SlouchedPostureRule : ContributorRule
    {
        private static readonly EnumSet<FormFault> SlouchFaults = EnumSet<FormFault>.Of(FormFault.Slouching, FormFault.LookingDown);

        public SlouchedPostureRule()
            : base(ContributorCodes.SlouchedPosture, Sources.UnseenConnections + "; " + Sources.PainAfterRunning + "; " + Sources.WhyPainWhenIRun + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Form.Overlaps(SlouchFaults);
        }
    }
}

namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Any pain (painLevel 1 or more) at the sacroiliac joint.</summary>
    internal sealed class SacroiliacPainRule : FindingRule
    {
        public SacroiliacPainRule()
            : base(FindingKind.StopSignal, StopSignalCodes.SacroiliacPain, Disposition.StopAndRest, Sources.CanRunningCausePain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.PainLevel >= 1 && assessment.Location == PainLocation.SacroiliacJoint;
        }
    }
}

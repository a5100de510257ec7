namespace RunnerBack.Rules.StopSignals
{
    /// <summary>Any pain (painLevel 1 or more) at the sacroiliac joint.</summary>
    internal sealed class SacroiliacPainRule : FindingRule
    {
        public SacroiliacPainRule()
            : base(
                "stopSignal.sacroiliacPain",
                "Any pain (painLevel 1 or more) at the sacroiliac joint.",
                Sources.Seed003,
                new Finding(
                    StopSignalCodes.SacroiliacPain,
                    FindingKind.StopSignal,
                    Disposition.StopAndRest,
                    "Pain at the sacroiliac joint, where the spine meets the pelvis, settles better with a break from running."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.PainLevel >= 1 && assessment.Location == PainLocation.SacroiliacJoint;
        }
    }
}

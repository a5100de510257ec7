namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain (painLevel 1 or more) in a runner with a history of cancer.</summary>
    internal sealed class CancerHistoryRule : FindingRule
    {
        public CancerHistoryRule()
            : base(FindingKind.RedFlag, RedFlagCodes.CancerHistory, Disposition.UrgentCare, Sources.NiceSpinalCordCompression + "; " + Sources.CochraneRedFlags)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.PainLevel >= 1 && context.Runner.History?.Contains(MedicalHistory.Cancer) == true;
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain (painLevel 1 or more) in a runner with a history of cancer.</summary>
    internal sealed class CancerHistoryRule : FindingRule
    {
        public CancerHistoryRule()
            : base(
                "redFlag.cancerHistory",
                "Any pain (painLevel 1 or more) in a runner with a history of cancer.",
                Sources.NiceSpinalCordCompression + "; " + Sources.CochraneRedFlags,
                new Finding(
                    RedFlagCodes.CancerHistory,
                    FindingKind.RedFlag,
                    Disposition.UrgentCare,
                    "New back pain in someone who has had cancer should be checked by a doctor within a day, to rule out spread to the spine."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.PainLevel >= 1 && context.Runner.History.Contains(MedicalHistory.Cancer);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain in a runner with osteoporosis or on long-term steroids.</summary>
    internal sealed class FractureRiskRule : FindingRule
    {
        private static readonly EnumSet<MedicalHistory> WeakBoneHistory =
            EnumSet<MedicalHistory>.Of(MedicalHistory.Osteoporosis, MedicalHistory.LongTermSteroids);

        public FractureRiskRule()
            : base(
                "redFlag.fractureRisk",
                "Any pain in a runner with osteoporosis or on long-term steroids.",
                Sources.NhsGloucestershireRedFlags + "; " + Sources.Nogg,
                new Finding(
                    RedFlagCodes.FractureRisk,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "With osteoporosis or long-term steroids, back pain can come from a small fracture in the spine, so it should be assessed."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= 1 && context.Runner.History.Overlaps(WeakBoneHistory);
        }
    }
}

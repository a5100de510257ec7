namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain in a runner with osteoporosis or on long-term steroids.</summary>
    internal sealed class FractureRiskRule : FindingRule
    {
        private static readonly EnumSet<MedicalHistory> WeakBoneHistory =
            EnumSet<MedicalHistory>.Of(MedicalHistory.Osteoporosis, MedicalHistory.LongTermSteroids);

        public FractureRiskRule()
            : base(FindingKind.RedFlag, RedFlagCodes.FractureRisk, Disposition.SeeProfessional, Sources.NhsGloucestershireRedFlags + "; " + Sources.Nogg)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= 1 && context.Runner.History?.Overlaps(WeakBoneHistory) == true;
        }
    }
}

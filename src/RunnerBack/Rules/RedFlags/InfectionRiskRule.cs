namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain in a runner with immunosuppression, intravenous drug use or a recent infection.</summary>
    internal sealed class InfectionRiskRule : FindingRule
    {
        private static readonly EnumSet<MedicalHistory> InfectionHistory = EnumSet<MedicalHistory>.Of(
            MedicalHistory.Immunosuppression, MedicalHistory.IntravenousDrugUse, MedicalHistory.RecentInfection);

        public InfectionRiskRule()
            : base(FindingKind.RedFlag, RedFlagCodes.InfectionRisk, Disposition.SeeProfessional, Sources.NhsGloucestershireRedFlags)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= 1 && context.Runner.History?.Overlaps(InfectionHistory) == true;
        }
    }
}

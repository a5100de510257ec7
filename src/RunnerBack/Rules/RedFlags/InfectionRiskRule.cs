namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Any pain in a runner with immunosuppression, intravenous drug use or a recent infection.</summary>
    internal sealed class InfectionRiskRule : FindingRule
    {
        private static readonly EnumSet<MedicalHistory> InfectionHistory = EnumSet<MedicalHistory>.Of(
            MedicalHistory.Immunosuppression, MedicalHistory.IntravenousDrugUse, MedicalHistory.RecentInfection);

        public InfectionRiskRule()
            : base(
                "redFlag.infectionRisk",
                "Any pain in a runner with immunosuppression, intravenous drug use or a recent infection.",
                Sources.NhsGloucestershireRedFlags,
                new Finding(
                    RedFlagCodes.InfectionRisk,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "A weakened immune system, injecting drugs or a recent infection raise the chance that back pain comes from an infection."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= 1 && context.Runner.History.Overlaps(InfectionHistory);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Fever, chills or unexplained weight loss with the pain.</summary>
    internal sealed class SystemicSymptomsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> SystemicSigns =
            EnumSet<Symptom>.Of(Symptom.Fever, Symptom.Chills, Symptom.UnexplainedWeightLoss);

        public SystemicSymptomsRule()
            : base(
                "redFlag.systemicSymptoms",
                "Fever, chills or unexplained weight loss with the pain.",
                Sources.Seed004 + "; " + Sources.Seed000 + "; " + Sources.NhsBackPain,
                new Finding(
                    RedFlagCodes.SystemicSymptoms,
                    FindingKind.RedFlag,
                    Disposition.UrgentCare,
                    "Fever, chills or weight loss you cannot explain alongside back pain can point to an infection or another illness that needs checking soon."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(SystemicSigns);
        }
    }
}

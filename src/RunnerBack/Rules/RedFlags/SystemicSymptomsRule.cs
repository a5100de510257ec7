namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Fever, chills or unexplained weight loss with the pain.</summary>
    internal sealed class SystemicSymptomsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> SystemicSigns =
            EnumSet<Symptom>.Of(Symptom.Fever, Symptom.Chills, Symptom.UnexplainedWeightLoss);

        public SystemicSymptomsRule()
            : base(FindingKind.RedFlag, RedFlagCodes.SystemicSymptoms, Disposition.UrgentCare, Sources.CanIRunWithPain + "; " + Sources.UnseenConnections + "; " + Sources.NhsBackPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(SystemicSigns);
        }
    }
}

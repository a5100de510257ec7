namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Numbness or tingling with the pain.</summary>
    internal sealed class NeurologicalSymptomsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> NerveSigns = EnumSet<Symptom>.Of(Symptom.Numbness, Symptom.Tingling);

        public NeurologicalSymptomsRule()
            : base(FindingKind.RedFlag, RedFlagCodes.NeurologicalSymptoms, Disposition.SeeProfessional, Sources.CanIRunWithPain + "; " + Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(NerveSigns);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Numbness or tingling with the pain.</summary>
    internal sealed class NeurologicalSymptomsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> NerveSigns = EnumSet<Symptom>.Of(Symptom.Numbness, Symptom.Tingling);

        public NeurologicalSymptomsRule()
            : base(
                "redFlag.neurologicalSymptoms",
                "Numbness or tingling with the pain.",
                Sources.Seed004 + "; " + Sources.Seed000,
                new Finding(
                    RedFlagCodes.NeurologicalSymptoms,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "Numbness or tingling can mean an irritated nerve, for example from a disc, and should be assessed."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(NerveSigns);
        }
    }
}

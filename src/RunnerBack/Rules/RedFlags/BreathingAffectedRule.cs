namespace RunnerBack.Rules.RedFlags
{
    /// <summary>The pain interferes with breathing.</summary>
    internal sealed class BreathingAffectedRule : FindingRule
    {
        public BreathingAffectedRule()
            : base(
                "redFlag.breathingAffected",
                "The pain interferes with breathing.",
                Sources.Seed004 + "; " + Sources.NhsPulmonaryEmbolism,
                new Finding(
                    RedFlagCodes.BreathingAffected,
                    FindingKind.RedFlag,
                    Disposition.UrgentCare,
                    "Pain that gets in the way of breathing needs a doctor to rule out a problem with the ribs, heart or lungs."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Contains(Symptom.BreathingDifficulty);
        }
    }
}

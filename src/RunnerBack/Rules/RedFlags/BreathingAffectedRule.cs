namespace RunnerBack.Rules.RedFlags
{
    /// <summary>The pain interferes with breathing.</summary>
    internal sealed class BreathingAffectedRule : FindingRule
    {
        public BreathingAffectedRule()
            : base(FindingKind.RedFlag, RedFlagCodes.BreathingAffected, Disposition.UrgentCare, Sources.CanIRunWithPain + "; " + Sources.NhsPulmonaryEmbolism)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Contains(Symptom.BreathingDifficulty);
        }
    }
}

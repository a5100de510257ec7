namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Breathing difficulty that came on suddenly, or comes with dizziness or severe pain.</summary>
    internal sealed class SevereBreathingProblemRule : FindingRule
    {
        public SevereBreathingProblemRule()
            : base(
                "redFlag.severeBreathingProblem",
                "Breathing difficulty that came on suddenly, or comes with dizziness or severe pain.",
                Sources.NhsPulmonaryEmbolism,
                new Finding(
                    RedFlagCodes.SevereBreathingProblem,
                    FindingKind.RedFlag,
                    Disposition.Emergency,
                    "Sudden breathlessness, or breathlessness with dizziness or severe pain, can be a clot in the lungs or another emergency."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.BreathingDifficulty)
                && (assessment.Onset == PainOnset.Sudden
                    || assessment.Symptoms.Contains(Symptom.Dizziness)
                    || assessment.PainLevel >= context.Options.SeverePainLevel);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Breathing difficulty that came on suddenly, or comes with dizziness or severe pain.</summary>
    internal sealed class SevereBreathingProblemRule : FindingRule
    {
        public SevereBreathingProblemRule()
            : base(FindingKind.RedFlag, RedFlagCodes.SevereBreathingProblem, Disposition.Emergency, Sources.NhsPulmonaryEmbolism)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.BreathingDifficulty)
                && (assessment.Onset is PainOnset.Sudden or PainOnset.NotSure
                    || assessment.Symptoms.Contains(Symptom.Dizziness)
                    || assessment.PainLevel >= context.Options.SeverePainLevel);
        }
    }
}

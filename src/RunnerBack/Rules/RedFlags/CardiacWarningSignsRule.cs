namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain spreading to the jaw, or to the arms with breathlessness, sweating, nausea or dizziness.</summary>
    internal sealed class CardiacWarningSignsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> HeartAttackCompanions =
            EnumSet<Symptom>.Of(Symptom.BreathingDifficulty, Symptom.Sweating, Symptom.Nausea, Symptom.Dizziness);

        public CardiacWarningSignsRule()
            : base(FindingKind.RedFlag, RedFlagCodes.CardiacWarningSigns, Disposition.Emergency, Sources.ChestPainAdvice)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.RadiatesTo.Contains(RadiationTarget.Jaw)
                || (assessment.RadiatesTo.Contains(RadiationTarget.Arms) && assessment.Symptoms.Overlaps(HeartAttackCompanions));
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain spreading to the jaw, or to the arms with breathlessness, sweating, nausea or dizziness.</summary>
    internal sealed class CardiacWarningSignsRule : FindingRule
    {
        private static readonly EnumSet<Symptom> HeartAttackCompanions =
            EnumSet<Symptom>.Of(Symptom.BreathingDifficulty, Symptom.Sweating, Symptom.Nausea, Symptom.Dizziness);

        public CardiacWarningSignsRule()
            : base(
                "redFlag.cardiacWarningSigns",
                "Pain spreading to the jaw, or to the arms with breathlessness, sweating, nausea or dizziness.",
                Sources.ChestPainAdvice,
                new Finding(
                    RedFlagCodes.CardiacWarningSigns,
                    FindingKind.RedFlag,
                    Disposition.Emergency,
                    "Pain that spreads to the jaw, or to the arms with breathlessness, sweating, sickness or dizziness, can be a sign of a heart attack."))
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

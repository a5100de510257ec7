namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Chest pain, or upper back pain that spreads into the chest.</summary>
    internal sealed class ChestPainRule : FindingRule
    {
        public ChestPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.ChestPain, Disposition.Emergency, Sources.NhsBackPain + "; " + Sources.ChestPainAdvice)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.ChestPain) || assessment.RadiatesTo.Contains(RadiationTarget.Chest);
        }
    }
}

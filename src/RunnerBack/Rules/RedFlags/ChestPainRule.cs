namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Chest pain, or upper back pain that spreads into the chest.</summary>
    internal sealed class ChestPainRule : FindingRule
    {
        public ChestPainRule()
            : base(
                "redFlag.chestPain",
                "Chest pain, or upper back pain that spreads into the chest.",
                Sources.NhsBackPain + "; " + Sources.ChestPainAdvice,
                new Finding(
                    RedFlagCodes.ChestPain,
                    FindingKind.RedFlag,
                    Disposition.Emergency,
                    "Back pain together with chest pain can come from the heart, lungs or the main artery and needs emergency help."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.ChestPain) || assessment.RadiatesTo.Contains(RadiationTarget.Chest);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Bladder or bowel change, saddle numbness, leg weakness or numbness, or unsteady walking.</summary>
    internal sealed class SpinalCordCompressionRule : FindingRule
    {
        private static readonly EnumSet<Symptom> CompressionSigns = EnumSet<Symptom>.Of(
            Symptom.BladderOrBowelChange, Symptom.SaddleNumbness, Symptom.LegWeakness, Symptom.LegNumbness, Symptom.UnsteadyGait);

        public SpinalCordCompressionRule()
            : base(
                "redFlag.spinalCordCompression",
                "Bladder or bowel change, saddle numbness, leg weakness or numbness, or unsteady walking.",
                Sources.NhsBackPain + "; " + Sources.NiceSpinalCordCompression + "; " + Sources.Ifompt,
                new Finding(
                    RedFlagCodes.SpinalCordCompression,
                    FindingKind.RedFlag,
                    Disposition.Emergency,
                    "Changes in bladder or bowel control, numbness around the buttocks, or weak, numb or unsteady legs can mean pressure on the spinal cord or nerves."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(CompressionSigns);
        }
    }
}

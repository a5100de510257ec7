namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Bladder or bowel change, saddle numbness, leg weakness or numbness, or unsteady walking.</summary>
    internal sealed class SpinalCordCompressionRule : FindingRule
    {
        private static readonly EnumSet<Symptom> CompressionSigns = EnumSet<Symptom>.Of(
            Symptom.BladderOrBowelChange, Symptom.SaddleNumbness, Symptom.LegWeakness, Symptom.LegNumbness, Symptom.UnsteadyGait);

        public SpinalCordCompressionRule()
            : base(FindingKind.RedFlag, RedFlagCodes.SpinalCordCompression, Disposition.Emergency, Sources.NhsBackPain + "; " + Sources.NiceSpinalCordCompression + "; " + Sources.Ifompt)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Overlaps(CompressionSigns);
        }
    }
}

namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Weakness in an arm.</summary>
    internal sealed class ArmWeaknessRule : FindingRule
    {
        public ArmWeaknessRule()
            : base(FindingKind.RedFlag, RedFlagCodes.ArmWeakness, Disposition.UrgentCare, Sources.CanIRunWithPain + "; " + Sources.NiceSpinalCordCompression)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Contains(Symptom.ArmWeakness);
        }
    }
}

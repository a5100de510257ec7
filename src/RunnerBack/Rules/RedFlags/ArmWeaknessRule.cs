namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Weakness in an arm.</summary>
    internal sealed class ArmWeaknessRule : FindingRule
    {
        public ArmWeaknessRule()
            : base(
                "redFlag.armWeakness",
                "Weakness in an arm.",
                Sources.Seed004 + "; " + Sources.NiceSpinalCordCompression,
                new Finding(
                    RedFlagCodes.ArmWeakness,
                    FindingKind.RedFlag,
                    Disposition.UrgentCare,
                    "Weakness in an arm can mean a nerve is being squeezed and should be seen by a doctor today."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Symptoms.Contains(Symptom.ArmWeakness);
        }
    }
}

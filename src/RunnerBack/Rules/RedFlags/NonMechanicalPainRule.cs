namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain at night, or pain that is there all the time.</summary>
    internal sealed class NonMechanicalPainRule : FindingRule
    {
        public NonMechanicalPainRule()
            : base(
                "redFlag.nonMechanicalPain",
                "Pain at night, or pain that is there all the time.",
                Sources.NhsBackPain + "; " + Sources.NhsGloucestershireRedFlags,
                new Finding(
                    RedFlagCodes.NonMechanicalPain,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "Pain at night or pain that never lets up, rather than pain with movement, is not typical of a strained muscle and should be checked."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.NightPain)
                || assessment.Timing == PainTiming.AtNight
                || assessment.Timing == PainTiming.Constant;
        }
    }
}

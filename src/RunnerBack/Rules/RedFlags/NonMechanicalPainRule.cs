namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain at night, or pain that is there all the time; "not sure" when counts as all the time.</summary>
    internal sealed class NonMechanicalPainRule : FindingRule
    {
        public NonMechanicalPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.NonMechanicalPain, Disposition.SeeProfessional, Sources.NhsBackPain + "; " + Sources.NhsGloucestershireRedFlags)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Symptoms.Contains(Symptom.NightPain)
                || assessment.Timing is PainTiming.AtNight or PainTiming.Constant or PainTiming.NotSure;
        }
    }
}

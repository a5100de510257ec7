namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain lasting more than persistentDaysWithSelfCare days despite self-care, or more than persistentDaysWithoutSelfCare days.</summary>
    internal sealed class PersistentPainRule : FindingRule
    {
        public PersistentPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.PersistentPain, Disposition.SeeProfessional, Sources.Seed004)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            var options = context.Options;
            return (assessment.SelfCareTried && assessment.DurationDays > options.PersistentDaysWithSelfCare)
                || assessment.DurationDays > options.PersistentDaysWithoutSelfCare;
        }
    }
}

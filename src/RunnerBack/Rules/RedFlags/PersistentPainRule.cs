namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain lasting more than persistentDaysWithSelfCare days despite self-care, or more than persistentDaysWithoutSelfCare days.</summary>
    internal sealed class PersistentPainRule : FindingRule
    {
        public PersistentPainRule()
            : base(
                "redFlag.persistentPain",
                "Pain lasting more than persistentDaysWithSelfCare days despite self-care, or more than persistentDaysWithoutSelfCare days.",
                Sources.Seed004,
                new Finding(
                    RedFlagCodes.PersistentPain,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "Pain that has not settled after two to three weeks, especially with rest and self-care, needs a professional assessment."))
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

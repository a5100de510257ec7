namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain lasting more than persistentDaysWithSelfCare days despite self-care, or more than persistentDaysWithoutSelfCare days; "not sure" about self-care counts as tried, which fires sooner.</summary>
    internal sealed class PersistentPainRule : FindingRule
    {
        public PersistentPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.PersistentPain, Disposition.SeeProfessional, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            var options = context.Options;
            var days = assessment.DurationDays ?? 0;
            return (assessment.SelfCareTried.CountsAsYes() && days > options.PersistentDaysWithSelfCare)
                || days > options.PersistentDaysWithoutSelfCare;
        }
    }
}

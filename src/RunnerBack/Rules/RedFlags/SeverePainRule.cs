namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain at or above severePainLevel.</summary>
    internal sealed class SeverePainRule : FindingRule
    {
        public SeverePainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.SeverePain, Disposition.SeeProfessional, Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= context.Options.SeverePainLevel;
        }
    }
}

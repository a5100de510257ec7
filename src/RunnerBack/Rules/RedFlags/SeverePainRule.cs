namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Pain at or above severePainLevel.</summary>
    internal sealed class SeverePainRule : FindingRule
    {
        public SeverePainRule()
            : base(
                "redFlag.severePain",
                "Pain at or above severePainLevel.",
                Sources.Seed000,
                new Finding(
                    RedFlagCodes.SeverePain,
                    FindingKind.RedFlag,
                    Disposition.SeeProfessional,
                    "Pain this strong should be looked at by a professional rather than run through."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.PainLevel >= context.Options.SeverePainLevel;
        }
    }
}

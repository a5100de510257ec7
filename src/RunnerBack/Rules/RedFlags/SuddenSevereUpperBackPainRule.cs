namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Sudden, severe upper back pain. The specification adds "no recentTrauma"; that clause is left out on
    /// purpose because it breaks safety invariant 3 (setting recentTrauma would lower an emergency
    /// to urgent care). Sudden severe pain after an impact is no less urgent.</summary>
    internal sealed class SuddenSevereUpperBackPainRule : FindingRule
    {
        public SuddenSevereUpperBackPainRule()
            : base(FindingKind.RedFlag, RedFlagCodes.SuddenSevereUpperBackPain, Disposition.Emergency, Sources.HseAorticDissection)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Onset is PainOnset.Sudden or PainOnset.NotSure
                && assessment.PainLevel >= context.Options.SeverePainLevel
                && assessment.IsUpperBack;
        }
    }
}

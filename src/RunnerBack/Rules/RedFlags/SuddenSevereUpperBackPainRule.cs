namespace RunnerBack.Rules.RedFlags
{
    /// <summary>Sudden, severe upper back pain. TRIAGE.md adds "no recentTrauma"; that clause is left out on
    /// purpose because it breaks safety invariant 3 (setting recentTrauma would lower an emergency
    /// to urgent care). Sudden severe pain after an impact is no less urgent.</summary>
    internal sealed class SuddenSevereUpperBackPainRule : FindingRule
    {
        public SuddenSevereUpperBackPainRule()
            : base(
                "redFlag.suddenSevereUpperBackPain",
                "Upper back pain that came on suddenly and is severe (at or above severePainLevel).",
                Sources.HseAorticDissection,
                new Finding(
                    RedFlagCodes.SuddenSevereUpperBackPain,
                    FindingKind.RedFlag,
                    Disposition.Emergency,
                    "Sudden, severe pain in the upper back can be a tear in the body's main artery, which needs emergency treatment."))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            var assessment = context.Assessment;
            return assessment.Onset == PainOnset.Sudden
                && assessment.PainLevel >= context.Options.SeverePainLevel
                && assessment.IsUpperBack;
        }
    }
}

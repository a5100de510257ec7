namespace RunnerBack.Rules.RedFlags
{
    /// <summary>
    /// Pain after a fall, collision or impact: see a professional; urgent care when the pain is
    /// severe or sudden, the runner is 50 or older, or bones may be weak (osteoporosis, steroids).
    /// "Not sure" counts as yes and as sudden, and an unknown age as 50 or over (docs/json.md, "Safety questions and not sure").
    /// </summary>
    internal sealed class TraumaticOnsetRule : TriageRule
    {
        private static readonly EnumSet<MedicalHistory> WeakBoneHistory =
            EnumSet<MedicalHistory>.Of(MedicalHistory.Osteoporosis, MedicalHistory.LongTermSteroids);

        private readonly Finding _seeProfessional;

        private readonly Finding _urgentCare;

        public TraumaticOnsetRule()
            : base(RuleKind.RedFlag, RedFlagCodes.TraumaticOnset, Sources.CanIRunWithPain + "; " + Sources.NhsGloucestershireRedFlags, Disposition.SeeProfessional)
        {
            _seeProfessional = new Finding(RedFlagCodes.TraumaticOnset, FindingKind.RedFlag, Disposition.SeeProfessional, ResultLocalizer.English(TextKey("explanation")), TextKey("explanation"));
            _urgentCare = new Finding(RedFlagCodes.TraumaticOnset, FindingKind.RedFlag, Disposition.UrgentCare, ResultLocalizer.English(TextKey("urgentExplanation")), TextKey("urgentExplanation"));
        }

        public override void Evaluate(TriageContext context)
        {
            var assessment = context.Assessment;
            if (!assessment.RecentTrauma.CountsAsYes())
            {
                return;
            }

            var runner = context.Runner;
            var urgent = assessment.PainLevel >= context.Options.SeverePainLevel
                || assessment.Onset is PainOnset.Sudden or PainOnset.NotSure
                || runner.Age is null or >= 50
                || (runner.History is { } history && history.Overlaps(WeakBoneHistory));
            context.Add(urgent ? _urgentCare : _seeProfessional);
        }
    }
}

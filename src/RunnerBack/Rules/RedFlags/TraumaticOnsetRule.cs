namespace RunnerBack.Rules.RedFlags
{
    /// <summary>
    /// Pain after a fall, collision or impact: see a professional; urgent care when the pain is
    /// severe or sudden, the runner is 50 or older, or bones may be weak (osteoporosis, steroids).
    /// </summary>
    internal sealed class TraumaticOnsetRule : TriageRule
    {
        private const string Explanation = "Pain that began with a fall, collision or other impact can hide an injury such as a fracture";

        private static readonly EnumSet<MedicalHistory> WeakBoneHistory =
            EnumSet<MedicalHistory>.Of(MedicalHistory.Osteoporosis, MedicalHistory.LongTermSteroids);

        private readonly Finding _seeProfessional;

        private readonly Finding _urgentCare;

        public TraumaticOnsetRule()
            : base(
                "redFlag.traumaticOnset",
                RuleKind.RedFlag,
                "Pain after recent trauma; urgent care if severe, sudden, age 50 or over, or with osteoporosis or long-term steroids.",
                Sources.Seed004 + "; " + Sources.NhsGloucestershireRedFlags,
                Disposition.SeeProfessional)
        {
            // Built per instance, like every other rule's output, so each rule's construction is
            // self-contained (and mutation testing sees these texts change).
            _seeProfessional = new Finding(
                RedFlagCodes.TraumaticOnset,
                FindingKind.RedFlag,
                Disposition.SeeProfessional,
                Explanation + " and should be assessed.");
            _urgentCare = new Finding(
                RedFlagCodes.TraumaticOnset,
                FindingKind.RedFlag,
                Disposition.UrgentCare,
                Explanation + "; with severe or sudden pain, age 50 or over, or weaker bones it should be checked today.");
        }

        public override void Evaluate(TriageContext context)
        {
            var assessment = context.Assessment;
            if (!assessment.RecentTrauma)
            {
                return;
            }

            var runner = context.Runner;
            var urgent = assessment.PainLevel >= context.Options.SeverePainLevel
                || assessment.Onset == PainOnset.Sudden
                || runner.Age >= 50
                || runner.History.Overlaps(WeakBoneHistory);
            context.Add(urgent ? _urgentCare : _seeProfessional);
        }
    }
}

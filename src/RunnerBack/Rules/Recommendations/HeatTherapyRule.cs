namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and see-a-professional.</summary>
    internal sealed class HeatTherapyRule : RecommendationRule
    {
        public HeatTherapyRule()
            : base(RecommendationCodes.HeatTherapy, RecommendationCategory.Recovery, Sources.PainAfterRunning, new Dose(durationSecondsMin: 900, durationSecondsMax: 1200))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest || context.Disposition == Disposition.SeeProfessional;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and see-a-professional.</summary>
    internal sealed class HeatTherapyRule : RecommendationRule
    {
        public HeatTherapyRule()
            : base(
                "recommendation.heatTherapy",
                "Given at stop-and-rest and see-a-professional.",
                Sources.Seed001,
                new Recommendation(
                    RecommendationCodes.HeatTherapy,
                    RecommendationCategory.Recovery,
                    "Heat",
                    "Use a heat pad or warm wrap on stiff muscles to relax them, but not straight after ice.",
                    new Dose(frequency: "several times a day, not straight after ice", durationSecondsMin: 900, durationSecondsMax: 1200)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest || context.Disposition == Disposition.SeeProfessional;
        }
    }
}

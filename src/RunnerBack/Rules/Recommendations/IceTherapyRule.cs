namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and see-a-professional.</summary>
    internal sealed class IceTherapyRule : RecommendationRule
    {
        public IceTherapyRule()
            : base(
                "recommendation.iceTherapy",
                "Given at stop-and-rest and see-a-professional.",
                Sources.Seed001 + "; " + Sources.Seed003,
                new Recommendation(
                    RecommendationCodes.IceTherapy,
                    RecommendationCategory.Recovery,
                    "Ice",
                    "Hold an ice pack wrapped in a towel on the sore area. Never put ice straight on the skin.",
                    new Dose(frequency: "several times a day", durationSecondsMin: 900, durationSecondsMax: 1200)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest || context.Disposition == Disposition.SeeProfessional;
        }
    }
}

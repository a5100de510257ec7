namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when prolonged sitting contributes.</summary>
    internal sealed class MovementBreaksRule : RecommendationRule
    {
        public MovementBreaksRule()
            : base(
                "recommendation.movementBreaks",
                "Given when prolonged sitting contributes.",
                Sources.Seed002,
                new Recommendation(
                    RecommendationCodes.MovementBreaks,
                    RecommendationCategory.Mobility,
                    "Break up your sitting",
                    "Every 30 to 60 minutes of sitting, stand up and move for about half a minute: walk around, stretch, anything that changes your posture.",
                    new Dose(frequency: "while sitting", intervalMinutesMin: 30, intervalMinutesMax: 60, durationSecondsMin: 30)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ProlongedSitting);
        }
    }
}

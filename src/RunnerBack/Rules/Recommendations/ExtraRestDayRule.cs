namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the stop-and-rest disposition.</summary>
    internal sealed class ExtraRestDayRule : RecommendationRule
    {
        public ExtraRestDayRule()
            : base(
                "recommendation.extraRestDay",
                "Given at the stop-and-rest disposition.",
                Sources.Seed003,
                new Recommendation(
                    RecommendationCodes.ExtraRestDay,
                    RecommendationCategory.Activity,
                    "Take an extra rest day",
                    "Add a rest day to your week so your back has time to settle.",
                    new Dose(frequency: "one extra rest day", durationDays: 1)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

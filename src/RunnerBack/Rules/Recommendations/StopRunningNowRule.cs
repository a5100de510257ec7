namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and every more urgent disposition.</summary>
    internal sealed class StopRunningNowRule : RecommendationRule
    {
        public StopRunningNowRule()
            : base(
                "recommendation.stopRunningNow",
                "Given at stop-and-rest and every more urgent disposition.",
                Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.StopRunningNow,
                    RecommendationCategory.Activity,
                    "Stop running",
                    "Stop this run now and walk home or get a lift. Do not try to run through the pain.",
                    new Dose(frequency: "now")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition >= Disposition.StopAndRest;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and every more urgent disposition.</summary>
    internal sealed class StopRunningNowRule : RecommendationRule
    {
        public StopRunningNowRule()
            : base(RecommendationCodes.StopRunningNow, RecommendationCategory.Activity, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition >= Disposition.StopAndRest;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the stop-and-rest disposition.</summary>
    internal sealed class ReturnGraduallyRule : RecommendationRule
    {
        public ReturnGraduallyRule()
            : base(RecommendationCodes.ReturnGradually, RecommendationCategory.Activity, Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

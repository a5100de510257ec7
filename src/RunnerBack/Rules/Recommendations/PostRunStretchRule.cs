namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications and at stop-and-rest.</summary>
    internal sealed class PostRunStretchRule : RecommendationRule
    {
        public PostRunStretchRule()
            : base(RecommendationCodes.PostRunStretch, RecommendationCategory.Mobility, Sources.UnseenConnections + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.Disposition == Disposition.StopAndRest;
        }
    }
}

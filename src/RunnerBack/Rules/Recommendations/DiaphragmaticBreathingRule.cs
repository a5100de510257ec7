namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when shallow breathing contributes.</summary>
    internal sealed class DiaphragmaticBreathingRule : RecommendationRule
    {
        public DiaphragmaticBreathingRule()
            : base(RecommendationCodes.DiaphragmaticBreathing, RecommendationCategory.Form, Sources.UnseenConnections)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ShallowBreathing);
        }
    }
}

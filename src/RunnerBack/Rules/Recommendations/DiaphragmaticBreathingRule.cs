namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when shallow breathing contributes.</summary>
    internal sealed class DiaphragmaticBreathingRule : RecommendationRule
    {
        public DiaphragmaticBreathingRule()
            : base(
                "recommendation.diaphragmaticBreathing",
                "Given when shallow breathing contributes.",
                Sources.Seed000,
                new Recommendation(
                    RecommendationCodes.DiaphragmaticBreathing,
                    RecommendationCategory.Form,
                    "Breathe from your belly",
                    "Practise slow breaths that fill your belly before your chest, lying or sitting, then carry the habit into easy runs.",
                    new Dose(frequency: "practise daily")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ShallowBreathing);
        }
    }
}

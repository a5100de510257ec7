namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when a weak upper back contributes.</summary>
    internal sealed class UpperBackStrengthRule : RecommendationRule
    {
        public UpperBackStrengthRule()
            : base(
                "recommendation.upperBackStrength",
                "Given when a weak upper back contributes.",
                Sources.Seed001 + "; " + Sources.Seed002 + "; " + Sources.Seed003,
                new Recommendation(
                    RecommendationCodes.UpperBackStrength,
                    RecommendationCategory.Strength,
                    "Strengthen your upper back",
                    "Add exercises such as rows that work the muscles between your shoulder blades. A physiotherapist can choose the right level and progress it.",
                    new Dose(frequency: "twice a week; a physiotherapist sets the level", sessionsPerWeek: 2)))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.WeakUpperBack);
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when a carried load contributes.</summary>
    internal sealed class LightenLoadRule : RecommendationRule
    {
        public LightenLoadRule()
            : base(
                "recommendation.lightenLoad",
                "Given when a carried load contributes.",
                Sources.Seed000 + "; " + Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.LightenLoad,
                    RecommendationCategory.Gear,
                    "Lighten or refit your load",
                    "Carry less, spread what you carry evenly, and choose a light pack or belt that sits snugly without pulling your shoulders forward.",
                    new Dose(frequency: "every run")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.CarriedLoad);
        }
    }
}

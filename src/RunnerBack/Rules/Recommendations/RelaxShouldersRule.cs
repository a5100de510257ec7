namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications, or when shoulder tension contributes.</summary>
    internal sealed class RelaxShouldersRule : RecommendationRule
    {
        public RelaxShouldersRule()
            : base(
                "recommendation.relaxShoulders",
                "Given to run with modifications, or when shoulder tension contributes.",
                Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.RelaxShoulders,
                    RecommendationCategory.Form,
                    "Relax your shoulders",
                    "Let your shoulders drop down and slightly back, away from your ears, and keep your hands loose as if holding a crisp without breaking it.",
                    new Dose(frequency: "every run")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.HasContributor(ContributorCodes.ShoulderTension);
        }
    }
}

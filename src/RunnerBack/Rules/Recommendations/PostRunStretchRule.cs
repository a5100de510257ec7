namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given to run with modifications and at stop-and-rest.</summary>
    internal sealed class PostRunStretchRule : RecommendationRule
    {
        public PostRunStretchRule()
            : base(
                "recommendation.postRunStretch",
                "Given to run with modifications and at stop-and-rest.",
                Sources.Seed000 + "; " + Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.PostRunStretch,
                    RecommendationCategory.Mobility,
                    "Stretch gently after running",
                    "After running, ease your upper back, chest and shoulders with gentle stretches, or a foam roller, without forcing anything.",
                    new Dose(frequency: "after every run, gently")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.RunWithModifications || context.Disposition == Disposition.StopAndRest;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when the pain is in the lower back or the sacroiliac joint.</summary>
    internal sealed class PelvicTiltsRule : RecommendationRule
    {
        public PelvicTiltsRule()
            : base(
                "recommendation.pelvicTilts",
                "Given when the pain is in the lower back or the sacroiliac joint.",
                Sources.Seed003,
                new Recommendation(
                    RecommendationCodes.PelvicTilts,
                    RecommendationCategory.Mobility,
                    "Pelvic tilts",
                    "Lying on your back with knees bent, gently flatten your lower back into the floor by tilting your pelvis, then relax.",
                    new Dose(frequency: "daily")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Location == PainLocation.LowerBack || context.Assessment.Location == PainLocation.SacroiliacJoint;
        }
    }
}

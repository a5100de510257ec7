namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when the pain is in the lower back or the sacroiliac joint.</summary>
    internal sealed class PelvicTiltsRule : RecommendationRule
    {
        public PelvicTiltsRule()
            : base(RecommendationCodes.PelvicTilts, RecommendationCategory.Mobility, Sources.CanRunningCausePain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Assessment.Location == PainLocation.LowerBack || context.Assessment.Location == PainLocation.SacroiliacJoint;
        }
    }
}

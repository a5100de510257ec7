namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest.</summary>
    internal sealed class OverTheCounterPainReliefRule : RecommendationRule
    {
        public OverTheCounterPainReliefRule()
            : base(RecommendationCodes.OverTheCounterPainRelief, RecommendationCategory.Medication, Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest.</summary>
    internal sealed class OverTheCounterPainReliefRule : RecommendationRule
    {
        public OverTheCounterPainReliefRule()
            : base(
                "recommendation.overTheCounterPainRelief",
                "Given at stop-and-rest.",
                Sources.Seed001,
                new Recommendation(
                    RecommendationCodes.OverTheCounterPainRelief,
                    RecommendationCategory.Medication,
                    "Over-the-counter pain relief",
                    "Pain relief from a pharmacy can ease the ache. Follow the dose on the package and ask a pharmacist if you take other medicines or have health conditions.",
                    new Dose(frequency: "as the package directs")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the urgent care disposition.</summary>
    internal sealed class SeekCareTodayRule : RecommendationRule
    {
        public SeekCareTodayRule()
            : base(
                "recommendation.seekCareToday",
                "Given at the urgent care disposition.",
                Sources.NhsBackPain,
                new Recommendation(
                    RecommendationCodes.SeekCareToday,
                    RecommendationCategory.Care,
                    "See a doctor today",
                    "Get an appointment with a doctor or an urgent care service within 24 hours. If things get worse before then, call emergency services.",
                    new Dose(frequency: "within 24 hours; call emergency services if it gets worse")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.UrgentCare;
        }
    }
}

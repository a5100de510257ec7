namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the urgent care disposition.</summary>
    internal sealed class SeekCareTodayRule : RecommendationRule
    {
        public SeekCareTodayRule()
            : base(RecommendationCodes.SeekCareToday, RecommendationCategory.Care, Sources.NhsBackPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.UrgentCare;
        }
    }
}

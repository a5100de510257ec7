namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the emergency disposition.</summary>
    internal sealed class CallEmergencyServicesRule : RecommendationRule
    {
        public CallEmergencyServicesRule()
            : base(RecommendationCodes.CallEmergencyServices, RecommendationCategory.Care, Sources.NhsBackPain + "; " + Sources.ChestPainAdvice)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.Emergency;
        }
    }
}

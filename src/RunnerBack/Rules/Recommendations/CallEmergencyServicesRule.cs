namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the emergency disposition.</summary>
    internal sealed class CallEmergencyServicesRule : RecommendationRule
    {
        public CallEmergencyServicesRule()
            : base(
                "recommendation.callEmergencyServices",
                "Given at the emergency disposition.",
                Sources.NhsBackPain + "; " + Sources.ChestPainAdvice,
                new Recommendation(
                    RecommendationCodes.CallEmergencyServices,
                    RecommendationCategory.Care,
                    "Call emergency services",
                    "Call an ambulance now. Do not drive yourself; stop and rest until help arrives.",
                    new Dose(frequency: "now; do not drive yourself")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.Emergency;
        }
    }
}

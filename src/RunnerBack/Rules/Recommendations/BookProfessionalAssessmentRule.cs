namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the see-a-professional disposition.</summary>
    internal sealed class BookProfessionalAssessmentRule : RecommendationRule
    {
        public BookProfessionalAssessmentRule()
            : base(
                "recommendation.bookProfessionalAssessment",
                "Given at the see-a-professional disposition.",
                Sources.Seed001 + "; " + Sources.Seed002 + "; " + Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.BookProfessionalAssessment,
                    RecommendationCategory.Care,
                    "Book an assessment",
                    "Book an appointment with a physiotherapist, a sports medicine doctor or your GP in the next few days. Go sooner if the pain gets worse or new symptoms appear.",
                    new Dose(frequency: "within days; sooner if it gets worse")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.SeeProfessional;
        }
    }
}

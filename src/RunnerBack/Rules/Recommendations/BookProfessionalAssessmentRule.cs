namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the see-a-professional disposition.</summary>
    internal sealed class BookProfessionalAssessmentRule : RecommendationRule
    {
        public BookProfessionalAssessmentRule()
            : base(RecommendationCodes.BookProfessionalAssessment, RecommendationCategory.Care, Sources.Seed001 + "; " + Sources.Seed002 + "; " + Sources.Seed004)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.SeeProfessional;
        }
    }
}

namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at the see-a-professional disposition.</summary>
    internal sealed class BookProfessionalAssessmentRule : RecommendationRule
    {
        public BookProfessionalAssessmentRule()
            : base(RecommendationCodes.BookProfessionalAssessment, RecommendationCategory.Care, Sources.PainAfterRunning + "; " + Sources.WhyPainWhenIRun + "; " + Sources.CanIRunWithPain)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.SeeProfessional;
        }
    }
}

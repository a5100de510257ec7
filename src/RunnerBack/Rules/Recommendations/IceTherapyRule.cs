namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest and see-a-professional.</summary>
    internal sealed class IceTherapyRule : RecommendationRule
    {
        public IceTherapyRule()
            : base(RecommendationCodes.IceTherapy, RecommendationCategory.Recovery, Sources.PainAfterRunning + "; " + Sources.CanRunningCausePain, new Dose(durationSecondsMin: 900, durationSecondsMax: 1200))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest || context.Disposition == Disposition.SeeProfessional;
        }
    }
}

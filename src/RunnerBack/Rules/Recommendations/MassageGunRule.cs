namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest.</summary>
    internal sealed class MassageGunRule : RecommendationRule
    {
        public MassageGunRule()
            : base(RecommendationCodes.MassageGun, RecommendationCategory.Recovery, Sources.PainAfterRunning)
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

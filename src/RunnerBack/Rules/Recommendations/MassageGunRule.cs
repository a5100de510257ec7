namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given at stop-and-rest.</summary>
    internal sealed class MassageGunRule : RecommendationRule
    {
        public MassageGunRule()
            : base(
                "recommendation.massageGun",
                "Given at stop-and-rest.",
                Sources.Seed001,
                new Recommendation(
                    RecommendationCodes.MassageGun,
                    RecommendationCategory.Recovery,
                    "Massage gun",
                    "Run a massage gun gently over the tight muscles around, not on, the spine for a few minutes.",
                    new Dose(frequency: "a few minutes, several times a day")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.Disposition == Disposition.StopAndRest;
        }
    }
}

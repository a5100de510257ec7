namespace RunnerBack.Rules.Recommendations
{
    /// <summary>Given when arm swing faults contribute.</summary>
    internal sealed class ArmSwingCueRule : RecommendationRule
    {
        public ArmSwingCueRule()
            : base(
                "recommendation.armSwingCue",
                "Given when arm swing faults contribute.",
                Sources.Seed002 + "; " + Sources.Seed003 + "; " + Sources.Seed004,
                new Recommendation(
                    RecommendationCodes.ArmSwingCue,
                    RecommendationCategory.Form,
                    "Swing your arms forward and back",
                    "Keep your elbows moving straight forward and back beside your body: hand near the hip at the back, elbow near the hip at the front, never across your chest.",
                    new Dose(frequency: "every run")))
        {
        }

        protected override bool AppliesTo(TriageContext context)
        {
            return context.HasContributor(ContributorCodes.ArmSwingFaults);
        }
    }
}
